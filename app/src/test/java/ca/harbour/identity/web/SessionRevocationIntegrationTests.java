package ca.harbour.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Organization;
import ca.harbour.identity.OrganizationType;
import ca.harbour.identity.Region;
import ca.harbour.identity.Role;
import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.internal.OrganizationForm;
import ca.harbour.identity.web.SessionFixtures.Account;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Withdrawn access ends every open session of the account at its next request: pages go to the
 * sign-in page with a notice, the API answers 401 Problem Details, an htmx poll makes the tab leave.
 */
@HarbourTest
class SessionRevocationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration admin;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    private SessionFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SessionFixtures(mvc, admin, staff);
    }

    private void assertEnded(MockHttpSession session) throws Exception {
        mvc.perform(get("/staff").session(session)).andExpect(redirectedUrl("/signin?ended"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void deactivatingAnAccountEndsItsOpenSessionAtTheNextRequestAndTheEndIsAudited() throws Exception {
        Account account = fixtures.account(Role.ADVOCATE);
        MockHttpSession open = fixtures.session(account);
        mvc.perform(post("/admin/users/" + account.id() + "/deactivate")
                        .with(staff.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertEnded(open);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'SIGN_OUT' and resource_id = ?
                  and reason = 'session ended: access changed'""", Integer.class, account.id().toString()))
                .isEqualTo(1);
        mvc.perform(get("/signin?ended").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Votre session a pris fin parce que votre accès a changé")));
    }

    @Test
    void aRoleChangeEndsTheSessionAndTheApiAnswers401ProblemDetailsInTheCallersLanguage() throws Exception {
        Account account = fixtures.account(Role.ADVOCATE);
        MockHttpSession open = fixtures.session(account);
        mvc.perform(get("/api/v1/queue").session(open)).andExpect(status().isOk());
        admin.updateUser(
                fixtures.adminPrincipal(),
                account.id(),
                fixtures.form(account, account.organizationId(), Role.CASE_WORKER));

        mvc.perform(get("/api/v1/queue").session(open).header("Accept-Language", "fr"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("Votre session a pris fin")));
        assertThat(open.isInvalid()).isTrue();
    }

    @Test
    void anOrganizationChangeEndsTheSession() throws Exception {
        Account account = fixtures.account(Role.CASE_WORKER);
        MockHttpSession open = fixtures.session(account);
        admin.updateUser(
                fixtures.adminPrincipal(),
                account.id(),
                fixtures.form(account, fixtures.organization(), Role.CASE_WORKER));
        assertEnded(open);
    }

    @Test
    void aChangeOfNameAloneLeavesTheSessionOpen() throws Exception {
        Account account = fixtures.account(Role.CASE_WORKER);
        MockHttpSession open = fixtures.session(account);
        mvc.perform(post("/admin/users/" + account.id())
                        .with(staff.as("admin"))
                        .with(csrf())
                        .param("username", account.username())
                        .param("displayName", "A New Name")
                        .param("organizationId", account.organizationId().toString())
                        .param("roles", "CASE_WORKER")
                        .param("language", "en"))
                .andExpect(redirectedUrl("/admin/users?saved"));
        mvc.perform(get("/staff").session(open)).andExpect(status().isOk());
    }

    @Test
    void deactivatingTheOrganizationEndsTheSessionsOfItsPeople() throws Exception {
        String name = "Session Test Agency " + UUID.randomUUID().toString().substring(0, 8);
        Organization org = admin.saveOrganization(
                fixtures.adminPrincipal(),
                null,
                new OrganizationForm(name, OrganizationType.HOTLINE, Region.EAST, "en", true));
        Account account = fixtures.account(Role.ADVOCATE, org.id());
        MockHttpSession open = fixtures.session(account);
        admin.saveOrganization(
                fixtures.adminPrincipal(),
                org.id(),
                new OrganizationForm(name, OrganizationType.HOTLINE, Region.EAST, "en", false));
        assertEnded(open);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsButKeepsTheOneThatChangedIt() throws Exception {
        Account account = fixtures.account(Role.ADVOCATE);
        MockHttpSession here = fixtures.session(account);
        MockHttpSession elsewhere = fixtures.session(account);
        mvc.perform(post("/account/password")
                        .session(here)
                        .with(csrf())
                        .param("current", SessionFixtures.PASSWORD)
                        .param("next", "another long private passphrase")
                        .param("confirm", "another long private passphrase"))
                .andExpect(redirectedUrl("/staff?passwordChanged"));

        mvc.perform(get("/staff").session(here)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/queue").session(here)).andExpect(status().isOk());
        assertEnded(elsewhere);
    }

    @Test
    void resettingTheSecondFactorEndsTheSession() throws Exception {
        Account account = fixtures.account(Role.ADVOCATE);
        MockHttpSession open = fixtures.session(account);
        fixtures.enrol(open);
        mvc.perform(get("/staff").session(open)).andExpect(status().isOk());
        mvc.perform(post("/admin/users/" + account.id() + "/reset-second-factor")
                        .with(staff.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertEnded(open);
    }

    @Test
    void theLiveQueuePollOfAWithdrawnAccountMakesTheWholeTabLeave() throws Exception {
        Account account = fixtures.account(Role.ADVOCATE);
        MockHttpSession open = fixtures.session(account);
        mvc.perform(get("/queue/items")
                        .session(open)
                        .header("HX-Request", "true")
                        .header(SessionGuard.BACKGROUND_HEADER, "poll"))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/users/" + account.id() + "/deactivate")
                        .with(staff.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/queue/items")
                        .session(open)
                        .header("HX-Request", "true")
                        .header(SessionGuard.BACKGROUND_HEADER, "poll"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/signin?ended"));
        assertThat(open.isInvalid()).isTrue();
    }
}
