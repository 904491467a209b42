package ca.harbour.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.audit.AuditResourceTypes;
import ca.harbour.platform.web.Navigation;
import ca.harbour.platform.web.NavigationEntry;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@HarbourTest
class PagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Navigation navigation;

    @Autowired
    AuditResourceTypes auditTypes;

    @Autowired
    MessageSource messages;

    @Test
    void theHomePageOffersHelpNowInBothLanguages() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"tel:+18339001010\""),
                                containsString("href=\"tel:911\""),
                                containsString("Leave this site now"),
                                containsString("lang=\"en\""))));
        mvc.perform(get("/").header("Accept-Language", "fr-CA"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Quitter ce site maintenant"), containsString("lang=\"fr\""))));
    }

    @Test
    void theLanguageToggleKeepsThePageAndIsRememberedForTheSessionOnly() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult toggled = mvc.perform(
                        get("/learn-the-signs").param("lang", "fr").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/learn-the-signs?lang=en\"")))
                .andExpect(content().string(containsString("Reconnaître les signes")))
                .andReturn();
        // no cookie of its own, least of all a lasting one: a shared phone keeps nothing after the visit
        assertThat(toggled.getResponse().getHeaders("Set-Cookie"))
                .noneMatch(c -> c.contains("lang"))
                .noneMatch(c -> c.toLowerCase(Locale.ROOT).contains("max-age")
                        || c.toLowerCase(Locale.ROOT).contains("expires"));
        mvc.perform(get("/").session(session))
                .andExpect(content().string(containsString("De l&#39;aide, jour et nuit")));
        mvc.perform(get("/").cookie(new Cookie("harbour_lang", "fr")))
                .andExpect(content().string(containsString("lang=\"en\"")));
        mvc.perform(get("/").param("lang", "xx"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\"")));
    }

    @Test
    void learnTheSignsListsAdultAndYouthIndicators() throws Exception {
        mvc.perform(get("/learn-the-signs"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Signs that an adult may be trafficked"),
                                containsString("Hotel key cards"),
                                containsString("passport"))));
    }

    @Test
    void theHomePageSaysSoAfterSigningOut() throws Exception {
        mvc.perform(get("/").param("signedout", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are signed out.")));
        mvc.perform(get("/").param("signedout", "").param("lang", "fr"))
                .andExpect(content().string(containsString("Vous êtes déconnecté.")));
        mvc.perform(get("/")).andExpect(content().string(not(containsString("You are signed out."))));
    }

    @Test
    void aMistypedPublicAddressIsNotFoundWhileStaffPagesStillAskForSignIn() throws Exception {
        mvc.perform(get("/finnd").accept("text/html")).andExpect(status().isNotFound());
        mvc.perform(get("/learn-the-sign").accept("text/html")).andExpect(status().isNotFound());
        // a staff address asks for sign-in whether or not its record exists
        mvc.perform(get("/contacts").accept("text/html")).andExpect(redirectedUrl("/signin"));
        mvc.perform(get("/contacts/00000000-0000-0000-0000-000000000000").accept("text/html"))
                .andExpect(redirectedUrl("/signin"));
        mvc.perform(get("/admin/audit").accept("text/html")).andExpect(redirectedUrl("/signin"));
        mvc.perform(get("/api/v1/nothing-here")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiExplorerIsForSignedInStaffOnlyAndNoPublicPageLinksIt() throws Exception {
        for (String explorer : new String[] {"/api/docs", "/api/docs/ui", "/api/docs/swagger-ui/index.html"}) {
            mvc.perform(get(explorer).accept("text/html")).andExpect(status().isUnauthorized());
        }
        for (String page : new String[] {"/", "/learn-the-signs", "/learn-the-signs/resources", "/signin"}) {
            mvc.perform(get(page)).andExpect(content().string(not(containsString("/api/docs"))));
        }
        mvc.perform(get("/api/docs").with(staff.as("admin"))).andExpect(status().isOk());
    }

    @Test
    void resourcesForYouthParentsAndEducatorsAreLinkedFromLearnTheSigns() throws Exception {
        mvc.perform(get("/learn-the-signs"))
                .andExpect(content().string(containsString("href=\"/learn-the-signs/resources\"")));
        mvc.perform(get("/learn-the-signs/resources"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("For young people"),
                                containsString("For parents and caregivers"),
                                containsString("For educators"),
                                containsString("data-quick-exit"))));
        mvc.perform(get("/learn-the-signs/resources").param("lang", "fr"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Pour les jeunes"),
                                containsString("Pour les parents"),
                                containsString("Pour le personnel scolaire"))));
    }

    @Test
    void errorPagesAreTranslatedAndNeverShowInternals() throws Exception {
        mvc.perform(get("/admin/users/00000000-0000-0000-0000-000000000000")
                        .with(staff.as("admin"))
                        .param("lang", "fr"))
                .andExpect(status().isNotFound());
        // Boot renders error views on the error dispatch, which MockMvc does not follow; the page itself is checked
        // here
        mvc.perform(get("/error")
                        .requestAttr("jakarta.servlet.error.status_code", 404)
                        .param("lang", "fr")
                        .accept("text/html"))
                .andExpect(
                        content().string(allOf(containsString("Page introuvable"), not(containsString("Exception")))));
        mvc.perform(get("/error")
                        .requestAttr("jakarta.servlet.error.status_code", 500)
                        .accept("text/html"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Something went wrong on our side"),
                                not(containsString("at ca.harbour")))));
        mvc.perform(get("/error")
                        .requestAttr("jakarta.servlet.error.status_code", 403)
                        .param("lang", "en")
                        .accept("text/html"))
                .andExpect(content().string(containsString("You do not have access to this page")));
    }

    @Test
    void errorNeverAnswers500ForAStatusItCannotExplain() throws Exception {
        mvc.perform(get("/error").accept("text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/error").accept("application/json")).andExpect(status().isNotFound());
        for (Object odd : new Object[] {"abc", 200, 302, 999, -1}) {
            mvc.perform(get("/error")
                            .requestAttr("jakarta.servlet.error.status_code", odd)
                            .accept("text/html"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/error")
                        .requestAttr("jakarta.servlet.error.status_code", 413)
                        .accept("text/html"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("What you sent is too large")));
        mvc.perform(get("/error")
                        .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("bug"))
                        .accept("text/html"))
                .andExpect(status().isInternalServerError());
    }

    @Test
    void everyContributedLinkCardAndAuditTypeHasItsText() {
        List<String> keys = new ArrayList<>();
        for (NavigationEntry entry : navigation.all()) {
            keys.add(entry.labelKey());
            if (entry.cardKey() != null) {
                keys.add(entry.cardKey());
            }
        }
        auditTypes.all().forEach(type -> keys.add(type.labelKey()));
        assertThat(navigation.all())
                .extracting(NavigationEntry::path)
                .contains(
                        "/staff",
                        "/queue",
                        "/contacts",
                        "/staff/directory",
                        "/admin/users",
                        "/admin/instruments",
                        "/admin/audit");
        assertThat(auditTypes.named("tip")).isPresent();
        for (String key : keys) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                assertThat(messages.getMessage(key, null, language)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void staffPagesShowTheDemoBannerAndNoQuickExit() throws Exception {
        mvc.perform(get("/staff").with(staff.as("caseworker")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Demonstration site"), not(containsString("data-quick-exit")))));
    }
}
