package ca.harbour.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.directory.internal.Places;
import ca.harbour.directory.internal.SearchIndex;
import ca.harbour.directory.internal.SearchQuery;
import ca.harbour.directory.internal.Services;
import ca.harbour.support.HarbourTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo directory, its index and the public "find supports" pages, end to end. */
@HarbourTest
class DirectoryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Services services;

    @Autowired
    SearchIndex index;

    @Autowired
    Places places;

    @Test
    void theDemoDirectoryHoldsOver1500ServicesAllIndexedAndMarkedDemo() {
        assertThat(services.count()).isGreaterThanOrEqualTo(1500);
        assertThat(index.size()).isEqualTo(services.count());
        assertThat(services.all()).allSatisfy(s -> {
            assertThat(s.demo()).isTrue();
            assertThat(s.name()).startsWith("Demo");
            assertThat(s.nameFr()).startsWith("Démo");
        });
    }

    @Test
    void aPersonFindsAShelterNearThunderBayNearestFirst() throws Exception {
        var result = index.search(
                SearchQuery.text("shelter").near(places.find("thunder bay").orElseThrow()));
        assertThat(result.total()).isPositive();
        var distances = result.hits().stream().map(h -> h.distanceKm()).toList();
        assertThat(distances.get(0)).isLessThan(distances.get(distances.size() - 1));
        mvc.perform(get("/find").param("q", "shelter").param("near", "Thunder Bay"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("services found"),
                                containsString("Distances are from Thunder Bay"),
                                containsString("km away"),
                                containsString("Why it matched"),
                                containsString("data-quick-exit"),
                                not(containsString("Demo intake")),
                                not(containsString("referral line")))));
    }

    @Test
    void theFindPageSpeaksFrenchAndFoldsAccents() throws Exception {
        mvc.perform(get("/find").param("q", "hebergement").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("services trouvés"),
                                containsString("Hébergement d&#39;urgence"),
                                containsString("Pourquoi ce résultat"))));
    }

    @Test
    void aServicePageShowsHowToGetHelpButNoStaffOnlyField() throws Exception {
        var s = services.all().get(0);
        mvc.perform(get("/find/services/" + s.id()).param("near", "Ottawa"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("How to get help"),
                                containsString("href=\"tel:"),
                                containsString("Information last verified"),
                                containsString("km from Ottawa"),
                                not(containsString("Demo intake")),
                                not(containsString(s.referralContact())))));
        mvc.perform(get("/find/services/not-a-uuid")).andExpect(status().isNotFound());
    }

    @Test
    void badSearchInputIsATranslatedFourHundredNotAFailure() throws Exception {
        mvc.perform(get("/find").param("age", "abc").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Entrez un âge en nombre entier")));
        mvc.perform(get("/find").param("need", "<script>"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(containsString("Choose a type of help"), not(containsString("<script>")))));
        mvc.perform(get("/find").param("near", "Atlantis").param("q", "legal"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("We could not find that place")));
    }

    @Test
    void aPostalCodeFindsTheNearestServicesHoweverItIsWritten() throws Exception {
        for (String code : new String[] {"M5V 2T6", "m5v2t6", "M5V"}) {
            mvc.perform(get("/find").param("q", "shelter").param("near", code))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("Distances are from M5V"),
                                    containsString("km away"),
                                    not(containsString("near-error")))));
        }
        var hits = index.search(
                        SearchQuery.text("shelter").near(places.near("M5V 2T6").place()))
                .hits();
        assertThat(hits.get(0).distanceKm())
                .isLessThan(hits.get(hits.size() - 1).distanceKm());
        var s = services.all().get(0);
        mvc.perform(get("/find/services/" + s.id()).param("near", "M5V"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("km from M5V")));
    }

    @Test
    void aMalformedPostalCodeIsShownNextToTheFieldAndAnUnknownAreaSaysSo() throws Exception {
        mvc.perform(get("/find").param("near", "M5V 2T").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"near-error\""),
                                containsString("Entrez un code postal comme M5V 2T6"),
                                containsString("aria-invalid=\"true\""))));
        mvc.perform(get("/find?near={near}", "M5V 2T").header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("HX-Redirect", allOf(containsString("/find?"), containsString("near=M5V"))));
        mvc.perform(get("/find").param("near", "M0A 1A1"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"near-error\""),
                                containsString("We do not know that postal code area in Ontario"))));
    }

    @Test
    void searchExplanationsQuoteNoWordOfTheOtherLanguage() throws Exception {
        mvc.perform(get("/find").param("q", "shelter").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Pourquoi ce résultat"),
                                containsString("type d&#39;aide"),
                                not(containsString("« shelter")))));
        mvc.perform(get("/find").param("q", "sheltr").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("« shelter"))));
    }

    @Test
    void anAgeLimitIsSaidAsPeopleSayIt() throws Exception {
        var from16 = services.all().stream()
                .filter(s -> !s.confidentialLocation() && s.minimumAge() != null && s.maximumAge() == null)
                .findFirst()
                .orElseThrow();
        var youth = services.all().stream()
                .filter(s -> !s.confidentialLocation() && s.minimumAge() != null && s.maximumAge() != null)
                .findFirst()
                .orElseThrow();
        mvc.perform(get("/find/services/" + from16.id()).param("lang", "fr"))
                .andExpect(content()
                        .string(allOf(
                                containsString(from16.minimumAge() + " ans et plus"), not(containsString("à 120")))));
        mvc.perform(get("/find/services/" + from16.id()).param("lang", "en"))
                .andExpect(content().string(containsString("Ages " + from16.minimumAge() + " and over")));
        mvc.perform(get("/find/services/" + youth.id()).param("lang", "fr"))
                .andExpect(content()
                        .string(containsString("De " + youth.minimumAge() + " à " + youth.maximumAge() + " ans")));
    }

    @Test
    void openingHoursTakeEachLanguagesColon() throws Exception {
        var weekdays = services.all().stream()
                .filter(s -> !s.open247() && !s.hours().isEmpty())
                .findFirst()
                .orElseThrow();
        mvc.perform(get("/find/services/" + weekdays.id()).param("lang", "en"))
                .andExpect(content().string(allOf(containsString("Friday: "), not(containsString("Friday :")))));
        mvc.perform(get("/find/services/" + weekdays.id()).param("lang", "fr"))
                .andExpect(content().string(containsString("vendredi\u00a0: ")));
    }
}
