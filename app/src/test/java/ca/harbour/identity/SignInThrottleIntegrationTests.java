package ca.harbour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.internal.IdentitySettings;
import ca.harbour.identity.internal.UserForm;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in reveals nothing about which usernames exist, and nobody can lock a person out: failures slow
 * down further attempts per username and per client address instead of locking the account. Every test
 * uses client addresses of its own (random /64s of the IPv6 documentation prefix), so runs and tests do
 * not throttle one another.
 */
@HarbourTest
class SignInThrottleIntegrationTests {

    private static final String PASSPHRASE = "a long and private passphrase";
    private static final String BAD = "/signin?error=bad";
    private static final String WAIT = "/signin?error=wait";
    /** Where the accounts made here (case workers) land once signed in: their cases. */
    private static final String LANDED = "/cases";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration admin;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentitySettings settings;

    private MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/signin")
                        .session(new MockHttpSession())
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn()
                .getResponse();
    }

    /** A client address nobody else uses. */
    private static String freshAddress() {
        byte[] b = new byte[4];
        ThreadLocalRandom.current().nextBytes(b);
        String hex = HexFormat.of().formatHex(b);
        return "2001:db8:" + hex.substring(0, 4) + ":" + hex.substring(4) + "::1";
    }

    private static String unknownUsername() {
        return "nobody" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh account whose password is {@link #PASSPHRASE}, signed in once already. */
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
        String address = freshAddress();
        mvc.perform(post("/signin")
                        .session(session)
                        .param("username", username)
                        .param("password", created.oneTimePassword())
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", created.oneTimePassword())
                        .param("next", PASSPHRASE)
                        .param("confirm", PASSPHRASE))
                .andExpect(redirectedUrl("/staff"));
        return username;
    }

    @Test
    void unknownDeactivatedLockedAndWrongPasswordAttemptsAllGetTheSameAnswer() throws Exception {
        String wrong = newAccount();
        String deactivated = newAccount();
        jdbc.update("update app_user set active = false where username = ?", deactivated);
        String locked = newAccount(); // as wrong second-factor codes leave it
        jdbc.update("update app_user set locked_until = now() + interval '15 minutes' where username = ?", locked);

        MockHttpServletResponse unknown = signIn(unknownUsername(), PASSPHRASE, freshAddress());
        assertThat(unknown.getRedirectedUrl()).isEqualTo(BAD);
        for (MockHttpServletResponse answer : new MockHttpServletResponse[] {
            signIn(wrong, "not the passphrase", freshAddress()),
            signIn(deactivated, PASSPHRASE, freshAddress()),
            signIn(locked, PASSPHRASE, freshAddress())
        }) {
            assertThat(answer.getStatus()).isEqualTo(unknown.getStatus());
            assertThat(answer.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl());
        }
    }

    /**
     * Lets every running wait pass, as if the clock had moved on by {@code seconds} (no test sleeps). Waits
     * are the only thing moved: failures are still remembered.
     */
    private void timePasses(long seconds) {
        jdbc.update("update sign_in_throttle set wait_until = wait_until - interval '1 second' * ?", seconds);
    }

    @Test
    void aThrottledUsernameGetsTheSameAnswerWhetherOrNotItsAccountExists() throws Exception {
        String known = newAccount();
        String unknown = unknownUsername();
        // enough failures, each after the previous wait, to reach the longest wait: a minute, not a moment
        for (int i = 0; i < settings.maxFailures() + 6; i++) {
            assertThat(signIn(known, "wrong " + i, freshAddress()).getRedirectedUrl())
                    .isEqualTo(BAD);
            assertThat(signIn(unknown, "wrong " + i, freshAddress()).getRedirectedUrl())
                    .isEqualTo(BAD);
            timePasses(settings.accountMaxDelay().toSeconds());
        }
        signIn(known, "wrong again", freshAddress());
        signIn(unknown, "wrong again", freshAddress());
        assertThat(signIn(known, PASSPHRASE, freshAddress()).getRedirectedUrl()).isEqualTo(WAIT);
        assertThat(signIn(unknown, PASSPHRASE, freshAddress()).getRedirectedUrl())
                .isEqualTo(WAIT);
        mvc.perform(get(WAIT + "&lang=en")).andExpect(content().string(containsString("Wait a moment")));
        mvc.perform(get(WAIT + "&lang=fr")).andExpect(content().string(containsString("Attendez un moment")));
    }

    @Test
    void anAttackersWrongPasswordsDelayTheRealUserButNeverLockThemOut() throws Exception {
        String username = newAccount();
        String attacker = freshAddress();
        for (int i = 0; i < settings.maxFailures() + 6; i++) {
            signIn(username, "guess " + i, attacker);
            timePasses(settings.accountMaxDelay().toSeconds());
        }
        signIn(username, "one more guess", attacker);
        signIn(username, "and another, while it must wait", attacker);
        String user = freshAddress();
        assertThat(signIn(username, PASSPHRASE, user).getRedirectedUrl()).isEqualTo(WAIT);

        timePasses(settings.accountMaxDelay().toSeconds()); // the longest wait an account can be given
        assertThat(signIn(username, PASSPHRASE, user).getRedirectedUrl()).isEqualTo(LANDED);
    }

    @Test
    void oneAddressTryingManyUsernamesIsSlowedForEveryUsernameButOthersAreNot() throws Exception {
        String username = newAccount();
        String prober = freshAddress();
        for (int i = 0; i < settings.addressMaxFailures() + 6; i++) {
            assertThat(signIn(unknownUsername(), "whatever", prober).getRedirectedUrl())
                    .isEqualTo(BAD);
            timePasses(settings.addressMaxDelay().toSeconds());
        }
        signIn(unknownUsername(), "whatever", prober);
        assertThat(signIn(username, PASSPHRASE, prober).getRedirectedUrl()).isEqualTo(WAIT);
        assertThat(signIn(username, PASSPHRASE, freshAddress()).getRedirectedUrl())
                .isEqualTo(LANDED);
    }

    @Test
    void aUsernameThatMatchesNoAccountIsAuditedAsAKeyedHashNeverAsTyped() throws Exception {
        String typed = "maria.gonzalez." + UUID.randomUUID().toString().substring(0, 8);
        signIn(typed, "whatever", freshAddress());
        signIn(typed, "whatever else", freshAddress());
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where position(? in coalesce(actor, '') || coalesce(reason, '')
                    || coalesce(resource_id, '')) > 0""", Integer.class, typed)).isZero();
        var actors = jdbc.queryForList("""
                select actor from audit_event where action = 'SIGN_IN_FAILED' and actor like 'unknown:%'
                order by id desc limit 2""", String.class);
        assertThat(actors).hasSize(2);
        assertThat(actors.get(0)).isEqualTo(actors.get(1)).matches("unknown:[0-9a-f]{16}");
    }
}
