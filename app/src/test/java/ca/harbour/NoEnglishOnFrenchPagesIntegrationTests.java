package ca.harbour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.directory.internal.DirectoryService;
import ca.harbour.directory.internal.Services;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * No English in French pages where the words come from data: the demo directory's texts (organization names and
 * descriptions, site accessibility, hours) and the audit log's reasons. Each word list is also looked for on the
 * English pages, so the test fails if the words stop being there to be translated.
 */
@HarbourTest
class NoEnglishOnFrenchPagesIntegrationTests {

    /** English written by the demo directory generator. */
    static final List<String> DIRECTORY_ENGLISH = List.of(
            "Step-free entrance",
            "accessible washroom",
            "Entrance has two steps",
            "call ahead",
            "side door",
            "Women's Centre",
            "Community Services",
            "Youth Services",
            "Friendship Centre",
            "Legal Clinic",
            "Health Centre",
            "Rainbow Alliance",
            "Newcomer Centre",
            "Synthetic record",
            "and area",
            "Open 24 hours");

    /** English of the audit reasons the pages below write. */
    static final List<String> AUDIT_ENGLISH =
            List.of("recent contacts", "live queue", "user list", "audit search", "draft saved", "completed");

    @Autowired
    MockMvc mvc;

    @Autowired
    Services services;

    @Autowired
    Staff staff;

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static Set<String> found(String page, List<String> words) {
        Set<String> found = new TreeSet<>();
        words.stream().filter(page::contains).forEach(found::add);
        return found;
    }

    @Test
    void frenchPagesOfDemoServicesShowNoEnglishFromTheData() throws Exception {
        List<DirectoryService> sample = services.all().stream()
                .filter(s -> !s.confidentialLocation())
                .limit(40)
                .toList();
        Set<String> seenInEnglish = new TreeSet<>();
        for (DirectoryService s : sample) {
            String path = "/find/services/" + s.id();
            assertThat(found(text(get(path).param("lang", "fr")), DIRECTORY_ENGLISH))
                    .as("English on the French page of %s", s.id())
                    .isEmpty();
            seenInEnglish.addAll(found(text(get(path).param("lang", "en")), DIRECTORY_ENGLISH));
        }
        assertThat(found(text(get("/find").param("q", "legal").param("lang", "fr")), DIRECTORY_ENGLISH))
                .as("English on the French search results")
                .isEmpty();
        // the sample does hold the demo texts: in English, accessibility and organization kinds show
        assertThat(seenInEnglish).contains("side door", "accessible washroom").hasSizeGreaterThan(4);
    }

    @Test
    void theFrenchAuditPageShowsReasonsInFrench() throws Exception {
        mvc.perform(get("/contacts").with(staff.as("advocate"))).andExpect(status().isOk());
        mvc.perform(get("/queue").with(staff.as("advocate"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users").with(staff.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").with(staff.as("admin"))).andExpect(status().isOk());

        String advocateFr = text(get("/admin/audit")
                .param("actor", "advocate")
                .param("lang", "fr")
                .with(staff.as("admin")));
        String adminFr = text(
                get("/admin/audit").param("actor", "admin").param("lang", "fr").with(staff.as("admin")));
        assertThat(found(advocateFr + adminFr, AUDIT_ENGLISH)).isEmpty();
        assertThat(advocateFr).contains("contacts récents").contains("file en direct");
        assertThat(adminFr).contains("liste des comptes").contains("recherche dans le journal");

        String advocateEn = text(get("/admin/audit")
                .param("actor", "advocate")
                .param("lang", "en")
                .with(staff.as("admin")));
        String adminEn = text(
                get("/admin/audit").param("actor", "admin").param("lang", "en").with(staff.as("admin")));
        assertThat(found(advocateEn + adminEn, AUDIT_ENGLISH))
                .contains("recent contacts", "live queue", "user list", "audit search");
    }
}
