package ca.harbour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** After sign-out the browser keeps no copy of staff pages: no-store while signed in, Clear-Site-Data at sign-out. */
@HarbourTest
class SignOutPrivacyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Every address a browser can open, from the mappings (so a page added tomorrow is included). */
    private Set<String> pagesFromTheMappings() {
        Set<String> pages = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("**")) {
                    pages.add(pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
                }
            }
        }
        return pages;
    }

    @Test
    void signOutTellsTheBrowserToDropItsCopiesAndKeepsTheLanguage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/signin")
                        .session(session)
                        .param("username", "advocate")
                        .param("password", "Harbour-demo-2026")
                        .with(csrf()))
                .andExpect(redirectedUrl("/queue"));
        mvc.perform(post("/signout").session(session).with(csrf()).param("lang", "fr"))
                .andExpect(redirectedUrl("/?signedout&lang=fr"))
                .andExpect(header().string("Clear-Site-Data", "\"cache\", \"storage\""));
        mvc.perform(get("/staff").session(session).accept("text/html")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/signout").with(csrf()).param("lang", "javascript:x"))
                .andExpect(redirectedUrl("/?signedout"));
    }

    @Test
    void everySignedInPageSaysNoStoreAndStaticFilesKeepTheirCaching() throws Exception {
        for (String page : new String[] {
            "/staff",
            "/queue",
            "/contacts",
            "/staff/directory",
            "/account/password",
            "/",
            "/learn-the-signs",
            "/api/v1/queue"
        }) {
            String cacheControl = mvc.perform(get(page).with(staff.as("advocate")))
                    .andReturn()
                    .getResponse()
                    .getHeader("Cache-Control");
            assertThat(cacheControl).as(page).contains("no-store");
        }
        assertThat(mvc.perform(get("/css/harbour.css").with(staff.as("advocate")))
                        .andReturn()
                        .getResponse()
                        .getHeader("Cache-Control"))
                .doesNotContain("no-store")
                .contains("max-age=604800");
    }

    @Test
    void everyPageTheMappingsServeSaysNoStoreToWhoeverIsSignedIn() throws Exception {
        Set<String> pages = pagesFromTheMappings();
        assertThat(pages)
                .as("pages found from the mappings")
                .hasSizeGreaterThan(40)
                .contains("/admin/users", "/queue");
        List<String> stored = new ArrayList<>();
        for (String page : pages) {
            // whoever may open it (the header does not depend on the role, but a page's own code runs only then)
            String account = page.startsWith("/admin") ? "admin" : "advocate";
            String cacheControl = mvc.perform(get(page).with(staff.as(account)))
                    .andReturn()
                    .getResponse()
                    .getHeader("Cache-Control");
            if (cacheControl == null || !cacheControl.contains("no-store")) {
                stored.add(page + " as " + account + ": " + cacheControl);
            }
        }
        assertThat(stored).as("signed-in answers a browser may keep").isEmpty();
    }
}
