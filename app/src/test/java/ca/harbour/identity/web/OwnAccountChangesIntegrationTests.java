package ca.harbour.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Role;
import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.web.SessionFixtures.Account;
import ca.harbour.identity.web.SessionFixtures.Enrolled;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A stolen session is not enough to take an account over: replacing the second factor needs the password
 * and a current code, and wrong passwords on the account forms count towards the lockout.
 */
@HarbourTest
class OwnAccountChangesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration admin;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    private Account account;
    private MockHttpSession session;

    @BeforeEach
    void signedIn() throws Exception {
        SessionFixtures fixtures = new SessionFixtures(mvc, admin, staff);
        account = fixtures.account(Role.ADVOCATE);
        session = fixtures.session(account);
    }

    private int failures() {
        return jdbc.queryForObject("select failed_attempts from app_user where id = ?", Integer.class, account.id());
    }

    private byte[] storedSecret() {
        return jdbc.queryForObject("select totp_secret_cipher from app_user where id = ?", byte[].class, account.id());
    }

    private MockHttpServletRequestBuilder replace(String password, String currentCode, String newCode) {
        return post("/account/second-factor")
                .session(session)
                .with(csrf())
                .param("password", password)
                .param("currentCode", currentCode)
                .param("code", newCode);
    }

    @Test
    void replacingTheSecondFactorNeedsThePasswordAndACodeOfTheCurrentOne() throws Exception {
        Enrolled current = new SessionFixtures(mvc, admin, staff).enrol(session);
        byte[] before = storedSecret();
        mvc.perform(get("/account/second-factor").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"currentCode\"")));
        String next = (String) session.getAttribute("harbour.pendingTotpSecret");
        String newCode = SessionFixtures.code(next, current.step());
        String currentCode = SessionFixtures.code(current.secret(), current.step() + 1);

        mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", newCode))
                .andExpect(status().isBadRequest());
        mvc.perform(replace(SessionFixtures.PASSWORD, "", newCode))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The code from your current app did not work")));
        mvc.perform(replace("not my password", currentCode, newCode))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The current password is not right")));
        assertThat(Arrays.equals(storedSecret(), before)).isTrue();

        mvc.perform(replace(SessionFixtures.PASSWORD, currentCode, newCode))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("recovery codes")));
        assertThat(Arrays.equals(storedSecret(), before)).isFalse();
        mvc.perform(get("/staff").session(session)).andExpect(status().isOk());
    }

    @Test
    void wrongCurrentPasswordsOnTheChangePasswordFormCountAsSignInFailures() throws Exception {
        for (int i = 1; i <= 3; i++) {
            mvc.perform(post("/account/password")
                            .session(session)
                            .with(csrf())
                            .param("current", "guess " + i)
                            .param("next", "a brand new passphrase")
                            .param("confirm", "a brand new passphrase"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("The current password is not right")));
            assertThat(failures()).isEqualTo(i);
        }
    }

    @Test
    void whileTheAccountIsLockedEvenTheRightCurrentPasswordChangesNothing() throws Exception {
        String hash =
                jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, account.id());
        jdbc.update("update app_user set locked_until = now() + interval '15 minutes' where id = ?", account.id());
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", SessionFixtures.PASSWORD)
                        .param("next", "a brand new passphrase")
                        .param("confirm", "a brand new passphrase"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, account.id()))
                .isEqualTo(hash);
    }
}
