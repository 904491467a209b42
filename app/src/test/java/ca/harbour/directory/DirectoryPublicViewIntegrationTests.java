package ca.harbour.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.harbour.directory.internal.DirectoryIndexer;
import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.ServiceWrites;
import ca.harbour.directory.internal.Services;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the public may see of a service: an inactive one is gone from every public page, count and
 * HSDS endpoint (staff still find it, marked); a confidential location's street address, postal code
 * and exact coordinates reach signed-in staff only, the public getting its town and a translated note.
 */
@HarbourTest
class DirectoryPublicViewIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STREET = "77 Hiddenbrook Lane";
    private static final String POSTAL_CODE = "P7B 5E1";

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Services services;

    @Autowired
    ServiceWrites writes;

    @Autowired
    DirectoryIndexer indexer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    /** An active service with a located site, far down the list so other test classes never pick it. */
    private DirectoryService someService(int skip) {
        return services.all().stream()
                .filter(s -> s.listed()
                        && !s.confidentialLocation()
                        && s.sites().size() == 1
                        && s.sites().get(0).hasCoordinates())
                .skip(200 + skip)
                .findFirst()
                .orElseThrow();
    }

    /** Changes the service in the database behind the application's back, then lets memory and index follow. */
    private void sql(DirectoryService s, String update) {
        jdbc.sql(update).param("id", s.id()).update();
        indexer.reindex(List.of(s.id()));
    }

    private void restore(DirectoryService original) {
        tx.executeWithoutResult(status -> writes.replace(original));
        indexer.reindex(List.of(original.id()));
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return r;
    }

    private JsonNode json(String url) throws Exception {
        MockHttpServletResponse r = response(get(url));
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        return JSON.readTree(r.getContentAsString());
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> out = new ArrayList<>();
        page.path("contents").forEach(x -> out.add(x.path(field).asText()));
        return out;
    }

    @Test
    void anInactiveServiceIsGoneFromEveryPublicPageCountAndHsdsEndpointButStaffFindItMarked() throws Exception {
        DirectoryService s = someService(0);
        String id = s.id().toString();
        String org = s.organization().id().toString();
        String town = s.sites().get(0).city();
        long listedBefore =
                json("/api/hsds/services?per_page=1").path("total_items").asLong();
        try {
            sql(s, "update dir_service set status = 'inactive', name = 'Demo Zephyrine House' where id = :id");

            String find = response(get("/find").param("q", "Zephyrine")).getContentAsString();
            assertThat(find).doesNotContain(id).contains("No services found");
            String partial = response(get("/find").param("q", "Zephyrine").header("HX-Request", "true"))
                    .getContentAsString();
            assertThat(partial).doesNotContain(id);
            MockHttpServletResponse page = response(get("/find/services/" + id).param("lang", "fr"));
            MockHttpServletResponse unknown =
                    response(get("/find/services/" + UUID.randomUUID()).param("lang", "fr"));
            assertThat(page.getStatus()).isEqualTo(404);
            assertThat(page.getContentAsString())
                    .isEqualTo(unknown.getContentAsString())
                    .doesNotContain("Zephyrine");

            MockHttpServletResponse api =
                    response(get("/api/hsds/services/" + id).header("Accept-Language", "fr"));
            MockHttpServletResponse apiUnknown =
                    response(get("/api/hsds/services/" + UUID.randomUUID()).header("Accept-Language", "fr"));
            assertThat(api.getStatus()).isEqualTo(404);
            JsonNode problem = JSON.readTree(api.getContentAsString());
            JsonNode unknownProblem = JSON.readTree(apiUnknown.getContentAsString());
            assertThat(problem.path("title").asText())
                    .isEqualTo("Page introuvable")
                    .isEqualTo(unknownProblem.path("title").asText());
            assertThat(problem.path("detail")).isEqualTo(unknownProblem.path("detail"));
            assertThat(json("/api/hsds/services?per_page=1").path("total_items").asLong())
                    .isEqualTo(listedBefore - 1);
            assertThat(json("/api/hsds/services?search=Zephyrine")
                            .path("total_items")
                            .asLong())
                    .isZero();
            assertThat(ids(json("/api/hsds/services?per_page=100&full=true&organization_id=" + org), "id"))
                    .doesNotContain(id);
            assertThat(json("/api/hsds/organizations/" + org).path("services").toString())
                    .doesNotContain(id);
            assertThat(json("/api/hsds/service_at_locations?search=Zephyrine")
                            .path("total_items")
                            .asLong())
                    .isZero();
            assertThat(ids(json("/api/hsds/service_at_locations?per_page=100&organization_id=" + org), "service_id"))
                    .doesNotContain(id);
            assertThat(json("/api/hsds/service_at_locations?per_page=100&proximity=100000&postcode="
                                    + URLEncoder.encode(town, StandardCharsets.UTF_8))
                            .toString())
                    .doesNotContain(id);

            String staffSearch = response(get("/staff/directory")
                            .param("q", "Zephyrine")
                            .param("lang", "en")
                            .with(staff.as("advocate")))
                    .getContentAsString();
            assertThat(staffSearch).contains("/staff/directory/services/" + id, "Not running");
            assertThat(response(get("/staff/directory/services/" + id).with(staff.as("advocate")))
                            .getStatus())
                    .isEqualTo(200);
        } finally {
            restore(s);
        }
        assertThat(response(get("/find/services/" + id)).getStatus()).isEqualTo(200);
    }

    @Test
    void aConfidentialLocationShowsItsTownToThePublicAndItsAddressToStaffOnly() throws Exception {
        DirectoryService s = someService(1);
        String id = s.id().toString();
        DirectoryService.Site site = s.sites().get(0);
        double exactLatitude = 43.4567891;
        double exactLongitude = -80.3456789;
        try {
            jdbc.sql("update dir_address set address_1 = :street, postal_code = :code where id = :address")
                    .param("street", STREET)
                    .param("code", POSTAL_CODE)
                    .param("address", site.addressId())
                    .update();
            jdbc.sql("update dir_location set latitude = :lat, longitude = :lon where id = :location")
                    .param("lat", exactLatitude)
                    .param("lon", exactLongitude)
                    .param("location", site.locationId())
                    .update();
            sql(
                    s,
                    "update dir_service set confidential_location = true, name = 'Demo Quillmere Shelter' where id = :id");

            String find = response(get("/find").param("q", "Quillmere").param("near", "Guelph"))
                    .getContentAsString();
            assertThat(find)
                    .contains("/find/services/" + id)
                    .doesNotContain(STREET)
                    .doesNotContain(POSTAL_CODE);
            for (String lang : List.of("en", "fr")) {
                String page = response(
                                get("/find/services/" + id).param("lang", lang).param("near", "Guelph"))
                        .getContentAsString();
                assertThat(page)
                        .doesNotContain(STREET)
                        .doesNotContain(POSTAL_CODE)
                        .contains(site.city())
                        .contains(
                                "fr".equals(lang)
                                        ? "Adresse communiquée par téléphone, pour la sécurité."
                                        : "Address shared by phone for safety.");
            }

            List<String> hsds = List.of(
                    json("/api/hsds/services/" + id).toString(),
                    json("/api/hsds/services?full=true&search=Quillmere").toString(),
                    json("/api/hsds/service_at_locations?search=Quillmere").toString(),
                    json("/api/hsds/service_at_locations?per_page=100&organization_id="
                                    + s.organization().id())
                            .toString());
            for (String body : hsds) {
                assertThat(body)
                        .contains(id)
                        .doesNotContain(STREET)
                        .doesNotContain(POSTAL_CODE)
                        .doesNotContain("43.456")
                        .doesNotContain("-80.345");
            }
            JsonNode location = json("/api/hsds/services/" + id)
                    .path("service_at_locations")
                    .get(0)
                    .path("location");
            assertThat(location.has("latitude")).isFalse();
            assertThat(location.path("addresses").size()).isZero();
            assertThat(location.path("x_harbour").path("confidential_location").asBoolean())
                    .isTrue();
            assertThat(location.path("x_harbour").path("city").asText()).isEqualTo(site.city());

            // Distances are measured to a point rounded to a tenth of a degree, never to the building.
            var guelph = new Places().find("Guelph").orElseThrow();
            JsonNode near = json("/api/hsds/service_at_locations?search=Quillmere&postcode=Guelph");
            double shown = near.path("contents")
                    .get(0)
                    .path("x_harbour")
                    .path("distance_km")
                    .asDouble();
            double coarse = SloppyMath.haversinMeters(guelph.latitude(), guelph.longitude(), 43.5, -80.3) / 1000d;
            assertThat(shown).isEqualTo(Math.round(coarse * 10) / 10d);

            String staffPage = response(get("/staff/directory/services/" + id)
                            .param("lang", "en")
                            .with(staff.as("advocate")))
                    .getContentAsString();
            assertThat(staffPage).contains(STREET, POSTAL_CODE, "Confidential location");
            assertThat(response(get("/staff/directory")
                                    .param("q", "Quillmere")
                                    .param("lang", "fr")
                                    .with(staff.as("advocate")))
                            .getContentAsString())
                    .contains("Emplacement confidentiel");
        } finally {
            restore(s);
        }
    }
}
