package ca.harbour.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.directory.internal.Services;
import ca.harbour.support.HarbourTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The HSDS 3.0 read API: paging wrapper, filters, schema-valid records, translated refusals, no staff fields. */
@HarbourTest
class DirectoryHsdsApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    Services services;

    private JsonNode json(String url, Object... vars) throws Exception {
        String body = mvc.perform(get(url, vars))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(body);
    }

    private static JsonSchema schema(String file) throws Exception {
        try (InputStream in = DirectoryHsdsApiIntegrationTests.class.getResourceAsStream("/hsds/" + file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        }
    }

    /** A part of the compiled service schema: its nested organization or service-at-location definitions. */
    private static JsonSchema serviceSchemaPart(String pointer) throws Exception {
        try (InputStream in = DirectoryHsdsApiIntegrationTests.class.getResourceAsStream("/hsds/service.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(in).at(pointer));
        }
    }

    private static void assertValid(JsonSchema schema, JsonNode node) {
        Set<ValidationMessage> problems = schema.validate(node);
        assertThat(problems).as("HSDS schema problems in %s", node.path("id")).isEmpty();
    }

    @Test
    void theApiDescribesItselfAndPagesServicesInTheHsdsWrapper() throws Exception {
        assertThat(json("/api/hsds/").path("version").asText()).isEqualTo("3.0");
        JsonNode page = json("/api/hsds/services?per_page=5&page=2");
        assertThat(page.path("total_items").asLong()).isEqualTo(services.count());
        assertThat(page.path("page_number").asInt()).isEqualTo(2);
        assertThat(page.path("size").asInt()).isEqualTo(5);
        assertThat(page.path("first_page").asBoolean()).isFalse();
        JsonSchema list = schema("service_list.json");
        page.path("contents").forEach(s -> assertValid(list, s));
    }

    @Test
    void fullServicesAndOrganizationsValidateAgainstTheHsdsSchema() throws Exception {
        JsonSchema full = schema("service.json");
        for (JsonNode s : json("/api/hsds/services?per_page=20").path("contents")) {
            JsonNode one = json("/api/hsds/services/" + s.path("id").asText());
            assertValid(full, one);
            assertThat(one.path("x_harbour").has("intake_notes")).isFalse();
            assertThat(one.toString()).doesNotContain("Demo intake").doesNotContain("referral line");
        }
        JsonSchema org = schema("organization_list.json");
        json("/api/hsds/organizations?per_page=10").path("contents").forEach(o -> assertValid(org, o));
        JsonSchema sal = schema("service_at_location_list.json");
        json("/api/hsds/service_at_locations?postcode=Sudbury&proximity=100000")
                .path("contents")
                .forEach(x -> assertValid(sal, x));
    }

    @Test
    void filtersNarrowTheListAndProximitySortsNearestFirst() throws Exception {
        String shelter = "7a4e0000-0000-4000-8001-000000000001";
        JsonNode byTerm = json("/api/hsds/services?per_page=100&full=true&taxonomy_term_id=" + shelter);
        assertThat(byTerm.path("total_items").asLong()).isPositive().isLessThan(services.count());
        byTerm.path("contents")
                .forEach(s -> assertThat(s.path("attributes").toString()).contains(shelter));
        var org = services.all().get(0).organization().id();
        JsonNode byOrg = json("/api/hsds/services?organization_id=" + org);
        byOrg.path("contents")
                .forEach(s -> assertThat(s.path("organization_id").asText()).isEqualTo(org.toString()));
        assertThat(json("/api/hsds/services?modified_after=2999-01-01")
                        .path("total_items")
                        .asLong())
                .isZero();
        JsonNode search = json("/api/hsds/services?search=legal");
        assertThat(search.path("total_items").asLong()).isPositive();
        JsonNode near = json("/api/hsds/service_at_locations?postcode=Kenora&per_page=10");
        double previous = -1;
        for (JsonNode x : near.path("contents")) {
            double km = x.path("x_harbour").path("distance_km").asDouble();
            assertThat(km).isGreaterThanOrEqualTo(previous);
            previous = km;
        }
        assertThat(json("/api/hsds/taxonomy_terms").path("total_items").asInt()).isEqualTo(15);
        assertThat(json("/api/hsds/taxonomies")
                        .path("contents")
                        .get(0)
                        .path("name")
                        .asText())
                .isEqualTo("Harbour needs");
    }

    @Test
    void badParametersAreTranslatedProblemsNeverFailures() throws Exception {
        mvc.perform(get("/api/hsds/services?taxonomy_term_id=not-a-uuid&per_page=1000")
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.taxonomy_term_id").value(containsString("identifiant")))
                .andExpect(jsonPath("$.errors.per_page").exists());
        mvc.perform(get("/api/hsds/services?modified_after=yesterday")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/hsds/services/00000000-0000-0000-0000-000000000000"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/hsds/services/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/api/hsds/service_at_locations?postcode=Atlantis")).andExpect(status().isBadRequest());
    }

    @Test
    void everyRecordTheListsReturnAnswersByItsIdAndValidates() throws Exception {
        JsonSchema taxonomy = schema("taxonomy.json");
        for (JsonNode t : json("/api/hsds/taxonomies").path("contents")) {
            JsonNode one = json("/api/hsds/taxonomies/" + t.path("id").asText());
            assertValid(taxonomy, one);
            assertThat(one).isEqualTo(t);
        }
        JsonSchema term = schema("taxonomy_term.json");
        for (JsonNode t : json("/api/hsds/taxonomy_terms?per_page=100").path("contents")) {
            JsonNode one = json("/api/hsds/taxonomy_terms/" + t.path("id").asText());
            assertValid(term, one);
            assertThat(one.path("name").asText()).isEqualTo(t.path("name").asText());
        }
        JsonSchema sal = serviceSchemaPart("/properties/service_at_locations/items");
        JsonSchema service = schema("service.json");
        for (JsonNode x : json("/api/hsds/service_at_locations?postcode={code}&per_page=5", "M5V 2T6")
                .path("contents")) {
            JsonNode one = json("/api/hsds/service_at_locations/" + x.path("id").asText());
            assertValid(sal, one);
            assertValid(service, one.path("service"));
            assertThat(one.path("service_id").asText())
                    .isEqualTo(x.path("service_id").asText());
        }
        String unknown = "00000000-0000-4000-8000-000000000000";
        for (String path : new String[] {"taxonomies", "taxonomy_terms", "service_at_locations", "organizations"}) {
            mvc.perform(get("/api/hsds/" + path + "/" + unknown)).andExpect(status().isNotFound());
            mvc.perform(get("/api/hsds/" + path + "/nope")).andExpect(status().isNotFound());
        }
    }

    @Test
    void everyQueryParameterOfTheOpenApiAnswers() throws Exception {
        JsonNode minimal = json("/api/hsds/services?minimal=true&per_page=3");
        minimal.path("contents")
                .forEach(s -> assertThat(s.has("id") && s.has("modified_date") && !s.has("name"))
                        .isTrue());
        JsonSchema full = schema("service.json");
        json("/api/hsds/services?full=true&per_page=3").path("contents").forEach(s -> assertValid(full, s));

        JsonSchema orgSchema = serviceSchemaPart("/properties/organization");
        JsonSchema list = schema("service_list.json");
        JsonNode orgs = json("/api/hsds/organizations?full=true&per_page=3");
        for (JsonNode o : orgs.path("contents")) {
            assertValid(orgSchema, o);
            o.path("services").forEach(x -> assertValid(list, x));
        }
        String orgId = orgs.path("contents").get(0).path("id").asText();
        JsonNode oneOrg = json("/api/hsds/organizations/" + orgId + "?full_service=true");
        assertValid(orgSchema, oneOrg);
        oneOrg.path("services").forEach(x -> assertValid(full, x));
        String orgName = oneOrg.path("name").asText();
        JsonNode searched = json("/api/hsds/organizations?search={name}", orgName);
        assertThat(searched.path("contents").findValuesAsText("id")).contains(orgId);
        assertThat(json("/api/hsds/organizations?search=zzqqxx")
                        .path("total_items")
                        .asInt())
                .isZero();

        assertThat(json("/api/hsds/taxonomies?search=needs").path("total_items").asInt())
                .isPositive();
        assertThat(json("/api/hsds/taxonomies?search=zzqqxx")
                        .path("total_items")
                        .asInt())
                .isZero();
        assertThat(json("/api/hsds/taxonomy_terms?search=shelter")
                        .path("contents")
                        .get(0)
                        .path("name")
                        .asText())
                .containsIgnoringCase("shelter");
        assertThat(json("/api/hsds/taxonomy_terms?top_only=true")
                        .path("total_items")
                        .asInt())
                .isEqualTo(15);
        String termId = json("/api/hsds/taxonomy_terms")
                .path("contents")
                .get(0)
                .path("id")
                .asText();
        assertThat(json("/api/hsds/taxonomy_terms?parent_id=" + termId)
                        .path("total_items")
                        .asInt())
                .isZero();

        String shelter = "7a4e0000-0000-4000-8001-000000000001";
        JsonNode near = json(
                "/api/hsds/service_at_locations?postcode=P7B&taxonomy_term_id=" + shelter + "&full=true&per_page=5");
        assertThat(near.path("total_items").asLong()).isPositive();
        for (JsonNode x : near.path("contents")) {
            assertValid(full, x.path("service"));
            assertThat(x.path("service").path("attributes").toString()).contains(shelter);
        }

        String ndjson = mvc.perform(get("/api/hsds/taxonomy_terms?format=ndjson"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ndjson.lines().count()).isEqualTo(15);
        JsonSchema term = schema("taxonomy_term.json");
        for (String line : ndjson.lines().toList()) {
            assertValid(term, JSON.readTree(line));
        }
        mvc.perform(get("/api/hsds/services?format=xml").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.format").value(containsString("ndjson")));
        mvc.perform(get("/api/hsds/taxonomy_terms?top_only=maybe")).andExpect(status().isBadRequest());
    }

    @Test
    void postcodesAreCanadianPostalCodesOrTownsAndBadOnesAreTranslatedProblems() throws Exception {
        JsonNode near = json("/api/hsds/service_at_locations?postcode=m5v2t6&per_page=10");
        double first = near.path("contents")
                .get(0)
                .path("x_harbour")
                .path("distance_km")
                .asDouble();
        assertThat(first).isLessThan(50);
        mvc.perform(get("/api/hsds/service_at_locations?postcode={code}", "M5V 2T")
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.postcode").value(containsString("code postal")));
        mvc.perform(get("/api/hsds/service_at_locations?postcode=M0A"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.postcode").value(containsString("postal code area")));
    }
}
