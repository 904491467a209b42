package ca.harbour.intelligence.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Role;
import ca.harbour.intelligence.internal.graph.Entities;
import ca.harbour.intelligence.internal.graph.EntityKind;
import ca.harbour.intelligence.internal.graph.LinkKind;
import ca.harbour.support.Fixtures;
import ca.harbour.support.HarbourTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An analyst finds an identifier however it was written and reads everything connected to it, in both languages,
 * through the pages and the API; only analysts of the entity's police service see it.
 */
@HarbourTest
class EntityExploreIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Entities entities;

    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor analyst;
    private RequestPostProcessor otherAnalyst;
    private RequestPostProcessor advocate;
    private ExploreGraph graph;
    private UUID phone;
    private UUID torontoAd;
    private UUID ottawaAd;
    private UUID tip;
    private UUID email;

    @BeforeEach
    void graph() {
        Organization police = fixtures.organization(OrganizationType.POLICE_SERVICE);
        Organization otherPolice = fixtures.organization(OrganizationType.POLICE_SERVICE);
        analyst = authentication(fixtures.staff(police, Role.POLICE_ANALYST));
        otherAnalyst = authentication(fixtures.staff(otherPolice, Role.POLICE_ANALYST));
        advocate = authentication(fixtures.staff(fixtures.organization(OrganizationType.HOTLINE), Role.ADVOCATE));
        graph = new ExploreGraph(entities, jdbc, police.id());
        phone = graph.entity(EntityKind.PHONE, "+14165550123", "416-555-0123", ExploreGraph.day("2026-03-10"));
        email = graph.entity(EntityKind.EMAIL, "rosa.test@example.com", "rosa.test@example.com", null);
        torontoAd = graph.ad("Toronto", "2026-03-10", "MINOR");
        ottawaAd = graph.ad("Ottawa", "2026-04-02");
        tip = graph.entity(EntityKind.TIP, UUID.randomUUID().toString(), null, ExploreGraph.day("2026-05-01"));
        graph.mentions(torontoAd, phone, "2026-03-10");
        graph.mentions(ottawaAd, phone, "2026-04-02");
        graph.mentions(tip, phone, "2026-05-01");
        graph.mentions(ottawaAd, email, "2026-04-02");
        graph.link(torontoAd, ottawaAd, LinkKind.NEAR_DUPLICATE, 0.91, "{\"jaccard\":0.91}", null);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "416-555-0123",
                "(416) 555.0123",
                "+1 416 555 0123",
                "four one six five five five zero one two three",
                "4l6 555 O123"
            })
    void aPhoneInAnyWrittenFormResolvesToTheSameEntityWithItsAdsTipsAndLinks(String written) throws Exception {
        mvc.perform(get("/api/v1/intelligence/entities").param("phone", written).with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(phone.toString()))
                .andExpect(jsonPath("$.kind").value("PHONE"))
                .andExpect(jsonPath("$.label").value("416-555-0123"))
                .andExpect(jsonPath("$.ads.total").value(2))
                .andExpect(jsonPath("$.ads.items", hasSize(2)))
                .andExpect(jsonPath("$.ads.items[0].id").value(ottawaAd.toString()))
                .andExpect(jsonPath("$.ads.items[0].city").value("Ottawa"))
                .andExpect(jsonPath("$.tips.total").value(1))
                .andExpect(jsonPath("$.tips.items[0].id").value(tip.toString()))
                .andExpect(jsonPath("$.summary.cities").value(2));
    }

    @Test
    void anEmailAndAHandleResolveTooAndAnUnknownValueIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/intelligence/entities")
                        .param("email", "Rosa.Test (at) Example.com")
                        .with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(email.toString()))
                .andExpect(jsonPath("$.ads.items[0].id").value(ottawaAd.toString()));
        UUID handle = graph.entity(EntityKind.HANDLE, "rosa_test", "@Rosa_Test", null);
        mvc.perform(get("/api/v1/intelligence/entities")
                        .param("handle", "@ROSA_test")
                        .with(analyst))
                .andExpect(jsonPath("$.id").value(handle.toString()));
        mvc.perform(get("/api/v1/intelligence/entities")
                        .param("phone", "613 555 0199")
                        .with(analyst))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aValueThatCannotBeAPhoneIsRefusedInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/intelligence/entities")
                        .param("phone", "call me")
                        .with(analyst))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("cannot be a phone number")));
        mvc.perform(get("/api/v1/intelligence/entities")
                        .param("phone", "call me")
                        .header("Accept-Language", "fr")
                        .with(analyst))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("numéro de téléphone")));
        mvc.perform(get("/api/v1/intelligence/entities").with(analyst)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/intelligence/entities")
                        .param("phone", "416-555-0123")
                        .param("email", "a@b.ca")
                        .with(analyst))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anotherPoliceServicesAnalystIsAnsweredNotFoundAndTheRefusalIsAudited() throws Exception {
        mvc.perform(get("/intelligence/entities/" + phone).with(otherAnalyst)).andExpect(status().isNotFound());
        mvc.perform(get("/intelligence/entities/" + phone + "/network").with(otherAnalyst))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/intelligence/entities/" + phone).with(otherAnalyst))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/intelligence/entities/" + phone + "/network").with(otherAnalyst))
                .andExpect(status().isNotFound());
        // the same value in the other service resolves to nothing: entities never cross services
        mvc.perform(get("/api/v1/intelligence/entities")
                        .param("phone", "416-555-0123")
                        .with(otherAnalyst))
                .andExpect(status().isNotFound());
        mvc.perform(get("/intelligence").param("q", "416-555-0123").with(otherAnalyst))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(phone.toString()))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'intel_entity' and resource_id = ?"
                                + " and action = 'DENIED'",
                        Integer.class,
                        phone.toString()))
                .isEqualTo(4);
        mvc.perform(get("/intelligence/entities/" + phone).with(advocate)).andExpect(status().isForbidden());
        mvc.perform(get("/intelligence").with(advocate)).andExpect(status().isForbidden());
    }

    @Test
    void theEntityPageSaysWhereAndSinceWhenInEnglishAndFrenchAndAuditsTheRead() throws Exception {
        mvc.perform(get("/intelligence/entities/" + phone).with(analyst))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("This phone appears in 2 ads in 2 cities and 1 tip since March 2026.")))
                .andExpect(content().string(containsString("/intelligence/ads/" + torontoAd)))
                .andExpect(content().string(containsString("/intelligence/inbox/" + tip)))
                .andExpect(content().string(containsString("/intelligence/investigations/pin?entity=" + phone)))
                .andExpect(content().string(containsString("Names this entity")));
        mvc.perform(get("/intelligence/entities/" + phone).param("lang", "fr").with(analyst))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Ce numéro de téléphone figure dans 2 annonces de 2 villes et dans"
                                + " 1 signalement depuis mars 2026.")));
        mvc.perform(get("/intelligence/entities/" + torontoAd).with(analyst))
                .andExpect(content().string(containsString("Near-duplicate text, 91% alike")))
                .andExpect(content().string(containsString("Named by this entity")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where resource_type = 'intel_entity' and resource_id = ?"
                                + " and action = 'READ' and reason = 'entity page'",
                        Integer.class,
                        phone.toString()))
                .isEqualTo(2);
    }

    @Test
    void aBigEntityIsShownAPageAtATime() throws Exception {
        for (int i = 0; i < 55; i++) {
            graph.mentions(graph.ad("Kingston", "2026-06-01"), email, "2026-06-01");
        }
        mvc.perform(get("/intelligence/entities/" + email).with(analyst))
                .andExpect(content().string(containsString("Showing 1 to 50 of 56.")))
                .andExpect(content().string(containsString("page=1")));
        mvc.perform(get("/intelligence/entities/" + email).param("page", "1").with(analyst))
                .andExpect(content().string(containsString("Showing 51 to 56 of 56.")))
                .andExpect(content().string(containsString("/intelligence/ads/" + ottawaAd)));
        mvc.perform(get("/api/v1/intelligence/entities/" + email).with(analyst))
                .andExpect(jsonPath("$.ads.items", hasSize(50)))
                .andExpect(jsonPath("$.ads.total").value(56));
    }

    @Test
    void theNetworkAnswersNodesAndLinksFilteredByKindCityAndPeriod() throws Exception {
        mvc.perform(get("/api/v1/intelligence/entities/" + phone + "/network").with(analyst))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.root").value(phone.toString()))
                .andExpect(jsonPath("$.nodes", hasSize(4)))
                .andExpect(jsonPath("$.nodes[0].id").value(phone.toString()))
                .andExpect(jsonPath("$.nodes[0].expanded").value(true))
                .andExpect(jsonPath("$.nodes[0].more").value(0))
                .andExpect(jsonPath("$.edges", hasSize(3)));
        mvc.perform(get("/api/v1/intelligence/entities/" + phone + "/network")
                        .param("types", "AD")
                        .with(analyst))
                .andExpect(jsonPath("$.nodes", hasSize(3)))
                .andExpect(content().string(not(containsString(tip.toString()))));
        mvc.perform(get("/api/v1/intelligence/entities/" + phone + "/network")
                        .param("city", "ottawa")
                        .with(analyst))
                .andExpect(jsonPath("$.nodes", hasSize(3)))
                .andExpect(content().string(not(containsString(torontoAd.toString()))));
        mvc.perform(get("/api/v1/intelligence/entities/" + phone + "/network")
                        .param("from", "2026-03-01")
                        .param("to", "2026-03-31")
                        .with(analyst))
                .andExpect(jsonPath("$.nodes", hasSize(2)))
                .andExpect(jsonPath("$.nodes[1].id").value(torontoAd.toString()));
        mvc.perform(get("/api/v1/intelligence/entities/" + phone + "/network")
                        .param("depth", "2")
                        .with(analyst))
                .andExpect(jsonPath("$.nodes", hasSize(5)))
                .andExpect(content().string(containsString(email.toString())));
        mvc.perform(get("/api/v1/intelligence/entities/" + phone + "/network")
                        .param("types", "SPACESHIP")
                        .with(analyst))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/intelligence/entities/" + phone + "/network")
                        .param("from", "March")
                        .header("Accept-Language", "fr")
                        .with(analyst))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("année-mois-jour")));
        mvc.perform(get("/intelligence/entities/" + phone + "/network")
                        .param("lang", "fr")
                        .with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Entités du réseau")))
                .andExpect(content().string(containsString("data-entities=\"/intelligence/entities/\"")))
                .andExpect(content().string(containsString("data-pin-url=\"/intelligence/investigations/pin\"")))
                .andExpect(content().string(containsString("data-id=\"" + ottawaAd + "\"")));
        mvc.perform(get("/js/network.js").with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("'/intelligence/"))));
        mvc.perform(get("/intelligence/entities/" + phone + "/network")
                        .param("from", "soon")
                        .with(analyst))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("year-month-day")));
    }

    @Test
    void theEvidenceOfEveryLinkReadsAsWordsAndNeverAsCodesInEnglishAndFrench() throws Exception {
        UUID disguised = graph.ad("Toronto", "2026-03-11");
        graph.link(
                disguised,
                phone,
                LinkKind.MENTIONS,
                null,
                "{\"where\":\"TITLE\",\"how\":\"OBFUSCATED\"}",
                ExploreGraph.day("2026-03-11"));
        UUID tipped = graph.entity(EntityKind.TIP, UUID.randomUUID().toString(), null, ExploreGraph.day("2026-05-02"));
        graph.link(tipped, phone, LinkKind.MENTIONS, null, "{\"source\":\"TIP\"}", ExploreGraph.day("2026-05-02"));
        graph.link(disguised, torontoAd, LinkKind.NEAR_DUPLICATE, 0.91, "{\"jaccard\":0.912,\"sharedBands\":3}", null);
        graph.link(
                phone,
                email,
                LinkKind.SAME_AS,
                0.9999,
                "{\"fields\":{\"phone\":\"exact\",\"city\":\"different\"},\"weight\":12.34,\"probability\":0.9999}",
                null);
        String[][] pages = {
            {"en", "/intelligence/entities/" + phone},
            {"fr", "/intelligence/entities/" + phone},
            {"en", "/intelligence/entities/" + disguised},
            {"fr", "/intelligence/entities/" + disguised},
            {"en", "/intelligence/entities/" + phone + "/network"},
            {"fr", "/intelligence/entities/" + phone + "/network"}
        };
        for (String[] page : pages) {
            String html = mvc.perform(get(page[1]).param("lang", page[0]).with(analyst))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html)
                    .doesNotContain("jaccard", "sharedBands", "fields:", "phone=", "city=", "weight:", "probability:")
                    .doesNotContain("source:", "where:", "how:", "TITLE", "OBFUSCATED", "\"different\"");
        }
        String en = mvc.perform(get("/intelligence/entities/" + phone)
                        .param("lang", "en")
                        .with(analyst))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(en)
                .contains("found in the title; written in disguise")
                .contains("given in a tip")
                .contains("phone agrees exactly, city differs; match weight 12.3 (probability 1.00)");
        String fr = mvc.perform(get("/intelligence/entities/" + phone)
                        .param("lang", "fr")
                        .with(analyst))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fr)
                .contains("trouvé dans le titre; écrit de façon déguisée")
                .contains("donné dans un signalement")
                .contains("téléphone : concordance exacte, ville : aucune concordance; poids de concordance 12,3");
        mvc.perform(get("/intelligence/entities/" + disguised)
                        .param("lang", "en")
                        .with(analyst))
                .andExpect(content().string(containsString("91% of word sequences shared; 3 signature bands shared")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=+300000-01-01", "from=+999999999-01-01", "to=+999999999-12-31", "to=1899-12-31"})
    void aDateOutsideSensibleYearsIsRefusedInTheCallersLanguageOnThePagesAndTheApi(String param) throws Exception {
        String name = param.substring(0, param.indexOf('='));
        String value = param.substring(param.indexOf('=') + 1);
        mvc.perform(get("/api/v1/intelligence/entities/" + phone + "/network")
                        .param(name, value)
                        .header("Accept-Language", "fr")
                        .with(analyst))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("année-mois-jour")));
        mvc.perform(get("/intelligence/entities/" + phone + "/network")
                        .param(name, value)
                        .with(analyst))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("year-month-day")));
        mvc.perform(get("/intelligence/entities/" + phone)
                        .param(name, value)
                        .param("lang", "fr")
                        .with(analyst))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("année-mois-jour")));
    }

    @Test
    void theWorkspaceHomeFindsAPhoneAsTypedAndCountsTheServicesRecords() throws Exception {
        mvc.perform(get("/intelligence").param("q", "(416) 555-0123").with(analyst))
                .andExpect(redirectedUrl("/intelligence/entities/" + phone));
        mvc.perform(get("/intelligence").param("q", "ROSA.TEST@example.com").with(analyst))
                .andExpect(redirectedUrl("/intelligence/entities/" + email));
        mvc.perform(get("/intelligence").param("q", "nobody-here").with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing in your service matches")));
        mvc.perform(get("/intelligence").param("lang", "fr").with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 annonces")))
                .andExpect(content().string(containsString("2 identifiants")))
                .andExpect(content().string(containsString("/intelligence/entities/" + phone)))
                .andExpect(content().string(containsString("/intelligence/inbox")));
    }
}
