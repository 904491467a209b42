package ca.harbour.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.Role;
import ca.harbour.identity.internal.AccountAdministration;
import ca.harbour.identity.internal.UserAccount;
import ca.harbour.identity.internal.UserForm;
import ca.harbour.identity.web.SessionFixtures.Account;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Nobody changes their own roles or organization; an administrator account never also holds a role
 * that reads personal data; every role change is audited with the roles before and after.
 */
@HarbourTest
class SeparationOfDutiesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration admin;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    private MockHttpServletRequestBuilder userPage(UserAccount u, UUID organization, String... roles) {
        return post("/admin/users/" + u.id())
                .with(staff.as("admin"))
                .with(csrf())
                .param("username", u.username())
                .param("displayName", u.displayName())
                .param("organizationId", organization.toString())
                .param("roles", roles)
                .param("language", u.preferredLanguage());
    }

    private static String json(UserAccount u, UUID organization, String roles) {
        return """
                {"username": "%s", "displayName": "%s", "organizationId": "%s", "roles": [%s], "language": "en"}""".formatted(u.username(), u.displayName(), organization, roles);
    }

    @Test
    void anAdministratorCannotGrantItselfARoleOnThePageOrThroughTheApi() throws Exception {
        UserAccount me = staff.account("admin");
        mvc.perform(userPage(me, me.organizationId(), "ADMIN", "PROGRAM_OFFICER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You cannot change your own roles or organization")));
        mvc.perform(put("/api/v1/users/" + me.id())
                        .with(staff.as("admin"))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(me, me.organizationId(), "\"ADMIN\", \"PROGRAM_OFFICER\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.roles")
                        .value(containsString("Vous ne pouvez pas modifier vos propres rôles")));
        assertThat(SessionFixtures.rolesOf(jdbc, me.id())).isEqualTo("ADMIN");
    }

    @Test
    void anAdministratorCannotMoveItselfToAnotherOrganization() throws Exception {
        UserAccount me = staff.account("admin");
        UUID elsewhere = staff.account("advocate").organizationId();
        mvc.perform(userPage(me, elsewhere, "ADMIN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You cannot change your own roles or organization")));
        assertThat(staff.account("admin").organizationId()).isEqualTo(me.organizationId());
    }

    @Test
    void anAdministratorAccountCannotAlsoHoldARoleThatReadsPersonalData() throws Exception {
        UserAccount advocate = staff.account(admin.createUser(
                        staff.principal("admin"),
                        new UserForm(
                                SessionFixtures.username(),
                                "Dual Role",
                                null,
                                null,
                                new SessionFixtures(mvc, admin, staff).organization(),
                                Set.of(Role.ADVOCATE),
                                "en"))
                .username());
        for (String personal :
                new String[] {"ADVOCATE", "CASE_WORKER", "SUPERVISOR", "CARE_MEMBER", "POLICE_ANALYST"}) {
            mvc.perform(userPage(advocate, advocate.organizationId(), "ADMIN", personal))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("An administrator cannot also hold a role")));
        }
        assertThat(SessionFixtures.rolesOf(jdbc, advocate.id())).isEqualTo("ADVOCATE");
        String username = SessionFixtures.username();
        mvc.perform(post("/api/v1/users")
                        .with(staff.as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"username": "%s", "displayName": "Dual Role", "organizationId": "%s",
                         "roles": ["ADMIN", "ADVOCATE"], "language": "en"}""".formatted(username, advocate.organizationId())))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors.roles").value(containsString("An administrator cannot also hold a role")));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, username))
                .isZero();
    }

    @Test
    void aRoleChangeIsAuditedWithTheRolesBeforeAndAfterAndNothingPersonal() throws Exception {
        Account account = new SessionFixtures(mvc, admin, staff).account(Role.CASE_WORKER);
        UserAccount u = staff.account(account.username());
        mvc.perform(userPage(u, u.organizationId(), "CASE_WORKER", "SUPERVISOR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(put("/api/v1/users/" + u.id())
                        .with(staff.as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(u, u.organizationId(), "\"SUPERVISOR\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("SUPERVISOR"));

        assertThat(jdbc.queryForList("""
                select reason from audit_event where action = 'UPDATE' and resource_type = 'user' and resource_id = ?
                order by id""", String.class, u.id().toString()))
                .containsExactly(
                        "roles: CASE_WORKER -> CASE_WORKER,SUPERVISOR", "roles: CASE_WORKER,SUPERVISOR -> SUPERVISOR");
    }
}
