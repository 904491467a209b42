package ca.harbour.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Region;
import ca.harbour.identity.Role;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.internal.OrganizationForm;
import ca.harbour.identity.internal.UserForm;
import ca.harbour.support.Staff;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fresh accounts signed in through the real sign-in pages, each in its own browser-like session, so
 * tests of withdrawn access never touch the shared demo accounts. They live in organizations of their
 * own (and their usernames sort last), so other tests that pick "a colleague of the demo advocate" never
 * meet them.
 */
final class SessionFixtures {

    static final String PASSWORD = "a long and private passphrase";

    private final MockMvc mvc;
    private final AccountAdministration admin;
    private final Staff staff;

    SessionFixtures(MockMvc mvc, AccountAdministration admin, Staff staff) {
        this.mvc = mvc;
        this.admin = admin;
        this.staff = staff;
    }

    /** A new account with its own password set, in a new hotline of its own. */
    Account account(Role role) throws Exception {
        return account(role, organization());
    }

    /** A new hotline for test accounts only. */
    UUID organization() {
        return admin.saveOrganization(
                        adminPrincipal(),
                        null,
                        new OrganizationForm(
                                "Zz Session Test Hotline "
                                        + UUID.randomUUID().toString().substring(0, 8),
                                OrganizationType.HOTLINE,
                                Region.EAST,
                                "en",
                                true))
                .id();
    }

    static String username() {
        return "zz" + UUID.randomUUID().toString().substring(0, 8);
    }

    Account account(Role role, UUID organizationId) throws Exception {
        String username = username();
        var created = admin.createUser(
                adminPrincipal(),
                new UserForm(username, "Session Person", null, null, organizationId, Set.of(role), "en"));
        MockHttpSession first = signIn(username, created.oneTimePassword());
        assertThat(first.isInvalid()).isFalse();
        mvc.perform(post("/account/password")
                        .session(first)
                        .with(csrf())
                        .param("current", created.oneTimePassword())
                        .param("next", PASSWORD)
                        .param("confirm", PASSWORD))
                .andExpect(redirectedUrl("/staff"));
        return new Account(created.id(), username, role, organizationId);
    }

    /** A session signed in with the account's password (no second factor enrolled). */
    MockHttpSession session(Account account) throws Exception {
        MockHttpSession session = signIn(account.username(), PASSWORD);
        mvc.perform(get("/staff").session(session)).andExpect(status().isOk());
        return session;
    }

    MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/signin")
                        .session(session)
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    /** Enrols a second factor in {@code session}; returns its secret and the time step its first code used. */
    Enrolled enrol(MockHttpSession session) throws Exception {
        mvc.perform(get("/account/second-factor").session(session)).andExpect(status().isOk());
        String secret = (String) session.getAttribute("harbour.pendingTotpSecret");
        long step = Instant.now().getEpochSecond() / 30;
        mvc.perform(post("/account/second-factor").session(session).with(csrf()).param("code", code(secret, step)))
                .andExpect(status().isOk());
        return new Enrolled(secret, step);
    }

    static String code(String secret, long step) throws Exception {
        return new DefaultCodeGenerator().generate(secret, step);
    }

    StaffPrincipal adminPrincipal() {
        return staff.principal("admin");
    }

    UserForm form(Account account, UUID organizationId, Role... roles) {
        return new UserForm(account.username(), "Session Person", null, null, organizationId, Set.of(roles), "en");
    }

    record Account(UUID id, String username, Role role, UUID organizationId) {}

    record Enrolled(String secret, long step) {}

    /** The stored roles, comma-separated in order. */
    static String rolesOf(JdbcTemplate jdbc, UUID id) {
        return jdbc.queryForObject("select array_to_string(roles, ',') from app_user where id = ?", String.class, id);
    }
}
