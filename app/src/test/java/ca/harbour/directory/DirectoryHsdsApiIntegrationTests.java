package ca.harbour.directory;

import static org.assertj.core.api.Assertions.assertThat;
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

    @Autowired MockMvc mvc;
    @Autowired Services services;

    private JsonNode json(String url) throws Exception {
        String body = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private static JsonSchema schema(String file) throws Exception {
        try (InputStream in = DirectoryHsdsApiIntegrationTests.class.getResourceAsStream("/hsds/" + file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
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
        json("/api/hsds/service_at_locations?postcode=Sudbury&proximity=100000").path("contents").forEach(x -> assertValid(sal, x));
    }

    @Test
    void filtersNarrowTheListAndProximitySortsNearestFirst() throws Exception {
        String shelter = "7a4e0000-0000-4000-8001-000000000001";
        JsonNode byTerm = json("/api/hsds/services?per_page=100&full=true&taxonomy_term_id=" + shelter);
        assertThat(byTerm.path("total_items").asLong()).isPositive().isLessThan(services.count());
        byTerm.path("contents").forEach(s -> assertThat(s.path("attributes").toString()).contains(shelter));
        var org = services.all().get(0).organization().id();
        JsonNode byOrg = json("/api/hsds/services?organization_id=" + org);
        byOrg.path("contents").forEach(s -> assertThat(s.path("organization_id").asText()).isEqualTo(org.toString()));
        assertThat(json("/api/hsds/services?modified_after=2999-01-01").path("total_items").asLong()).isZero();
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
        assertThat(json("/api/hsds/taxonomies").path("contents").get(0).path("name").asText()).isEqualTo("Harbour needs");
    }

    @Test
    void badParametersAreTranslatedProblemsNeverFailures() throws Exception {
        mvc.perform(get("/api/hsds/services?taxonomy_term_id=not-a-uuid&per_page=1000").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.taxonomy_term_id").value(org.hamcrest.Matchers.containsString("identifiant")))
                .andExpect(jsonPath("$.errors.per_page").exists());
        mvc.perform(get("/api/hsds/services?modified_after=yesterday")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/hsds/services/00000000-0000-0000-0000-000000000000")).andExpect(status().isNotFound());
        mvc.perform(get("/api/hsds/services/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/api/hsds/service_at_locations?postcode=Atlantis")).andExpect(status().isBadRequest());
    }
}
