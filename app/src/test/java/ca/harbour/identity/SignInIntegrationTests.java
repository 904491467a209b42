package ca.harbour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.internal.UserForm;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@HarbourTest
class SignInIntegrationTests {

    private static final String DEMO_PASSWORD = "Harbour-demo-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration admin;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    private MvcResult signIn(String username, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/signin")
                        .session(session)
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andReturn();
    }

    /** A fresh account with a known password, so tests never lock the shared demo accounts. */
    private String newAccount() throws Exception {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.createUser(
                (StaffPrincipal) staff.signedIn("admin").getPrincipal(),
                new UserForm(
                        username,
                        "Test Person",
                        null,
                        null,
                        staff.account("caseworker").organizationId(),
                        Set.of(Role.CASE_WORKER),
                        "en"));
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn(username, created.oneTimePassword(), session)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account/password");
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", created.oneTimePassword())
                        .param("next", "a long and private passphrase")
                        .param("confirm", "a long and private passphrase"))
                .andExpect(redirectedUrl("/staff"));
        return username;
    }

    @Test
    void aDemoAccountSignsInWithItsPasswordAndLandsOnItsWork() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(signIn("advocate", DEMO_PASSWORD, session).getResponse().getRedirectedUrl())
                .isEqualTo("/queue");
        // a case worker lands on their cases
        assertThat(signIn("caseworker", DEMO_PASSWORD, new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/cases");
        mvc.perform(get("/staff").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demo Advocate")));
        mvc.perform(post("/signout").session(session).with(csrf())).andExpect(redirectedUrl("/?signedout"));
        mvc.perform(get("/staff").session(session).accept("text/html")).andExpect(redirectedUrl("/signin"));
    }

    @Test
    void signInFailuresAreAudited() throws Exception {
        String username = newAccount();
        String failures = "select count(*) from audit_event where actor = ? and action = 'SIGN_IN_FAILED'";
        int before = jdbc.queryForObject(failures, Integer.class, username);
        assertThat(signIn(username, "not the passphrase", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/signin?error=bad");
        assertThat(jdbc.queryForObject(failures, Integer.class, username)).isEqualTo(before + 1);
    }

    @Test
    void aWrongPasswordGetsTheSameAnswerAsAnUnknownAccount() throws Exception {
        assertThat(signIn("advocate", "not the password", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/signin?error=bad");
        mvc.perform(get("/signin?error=bad"))
                .andExpect(content().string(containsString("do not match an active account")));
    }

    @Test
    void aDeactivatedAccountCannotSignIn() throws Exception {
        String username = newAccount();
        UUID id = jdbc.queryForObject("select id from app_user where username = ?", UUID.class, username);
        mvc.perform(post("/admin/users/" + id + "/deactivate")
                        .with(staff.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(signIn(username, "a long and private passphrase", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/signin?error=bad");
    }

    @Test
    void aPersonPartWayThroughSignInReachesOnlyThePendingStep() throws Exception {
        var created = admin.createUser(
                (StaffPrincipal) staff.signedIn("admin").getPrincipal(),
                new UserForm(
                        "t" + UUID.randomUUID().toString().substring(0, 8),
                        "Pending Person",
                        null,
                        null,
                        staff.account("caseworker").organizationId(),
                        Set.of(Role.CASE_WORKER),
                        "fr"));
        MockHttpSession session = new MockHttpSession();
        signIn(created.username(), created.oneTimePassword(), session);
        mvc.perform(get("/staff").session(session).accept("text/html")).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/users").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", created.oneTimePassword())
                        .param("next", "short")
                        .param("confirm", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at least 12 characters")));
    }

    @Test
    void enrolmentThenSignInNeedsTheCodeAndRefusesAReplayedOne() throws Exception {
        String username = newAccount();
        MockHttpSession session = new MockHttpSession();
        signIn(username, "a long and private passphrase", session);
        mvc.perform(get("/account/second-factor").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data:image/png;base64,")));
        String secret = (String) session.getAttribute("harbour.pendingTotpSecret");
        long step = Instant.now().getEpochSecond() / 30;
        DefaultCodeGenerator codes = new DefaultCodeGenerator();
        mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", "000000x"))
                .andExpect(status().isBadRequest());
        String enrolled = mvc.perform(post("/account/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("code", codes.generate(secret, step)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(enrolled).contains("recovery codes");
        String recovery = enrolled.replaceAll("(?s).*<ul class=\"codes\"><li>([A-Z0-9-]+)</li>.*", "$1");

        MockHttpSession second = new MockHttpSession();
        assertThat(signIn(username, "a long and private passphrase", second)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/signin/verify");
        mvc.perform(get("/staff").session(second).accept("text/html")).andExpect(redirectedUrl("/signin/verify"));
        mvc.perform(post("/signin/verify").session(second).with(csrf()).param("code", codes.generate(secret, step)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/signin/verify").session(second).with(csrf()).param("code", codes.generate(secret, step + 1)))
                .andExpect(redirectedUrl("/cases"));

        MockHttpSession third = new MockHttpSession();
        signIn(username, "a long and private passphrase", third);
        mvc.perform(post("/signin/verify").session(third).with(csrf()).param("code", recovery))
                .andExpect(redirectedUrl("/cases"));
        MockHttpSession fourth = new MockHttpSession();
        signIn(username, "a long and private passphrase", fourth);
        mvc.perform(post("/signin/verify").session(fourth).with(csrf()).param("code", recovery))
                .andExpect(status().isBadRequest());

        UUID id = jdbc.queryForObject("select id from app_user where username = ?", UUID.class, username);
        mvc.perform(post("/admin/users/" + id + "/reset-second-factor")
                        .with(staff.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        MockHttpSession fifth = new MockHttpSession();
        assertThat(signIn(username, "a long and private passphrase", fifth)
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/cases");
    }

    @Test
    void theTotpSecretIsStoredEncrypted() throws Exception {
        String username = newAccount();
        MockHttpSession session = new MockHttpSession();
        signIn(username, "a long and private passphrase", session);
        mvc.perform(get("/account/second-factor").session(session));
        String secret = (String) session.getAttribute("harbour.pendingTotpSecret");
        mvc.perform(post("/account/second-factor")
                .session(session)
                .with(csrf())
                .param(
                        "code",
                        new DefaultCodeGenerator()
                                .generate(secret, Instant.now().getEpochSecond() / 30)));
        byte[] stored = jdbc.queryForObject(
                "select totp_secret_cipher from app_user where username = ?", byte[].class, username);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
    }
}
