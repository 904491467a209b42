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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** After sign-out the browser keeps no copy of staff pages: no-store while signed in, Clear-Site-Data at sign-out. */
@HarbourTest
class SignOutPrivacyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

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
}
