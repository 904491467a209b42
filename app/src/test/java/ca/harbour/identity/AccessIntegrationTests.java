package ca.harbour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.identity.internal.UserAccount;
import ca.harbour.identity.internal.Users;
import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@HarbourTest
class AccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/learn-the-signs", "/signin", "/?lang=fr", "/css/harbour.css", "/js/harbour.js"})
    void anyoneReachesThePublicPages(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/staff", "/admin/users", "/admin/organizations", "/admin/audit", "/team", "/account/password"})
    void anonymousVisitorsAreSentToSignInFromStaffPages(String url) throws Exception {
        mvc.perform(get(url).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/signin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/users", "/api/v1/organizations", "/actuator/auditchain"})
    void anonymousApiCallsGet401(String url) throws Exception {
        mvc.perform(get(url).accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @CsvSource({
        "admin, /admin/users, 200", "admin, /admin/organizations, 200", "admin, /admin/audit, 200",
        "supervisor, /team, 200", "supervisor, /admin/users/new, 403", "supervisor, /admin/organizations, 403",
        "supervisor, /admin/audit, 403", "advocate, /team, 403", "advocate, /admin/users, 403",
        "caseworker, /admin/audit, 403", "analyst, /admin/organizations, 403", "stats, /team, 403",
        "programs, /staff, 200", "care, /staff, 200", "advocate, /staff, 200"
    })
    void eachRoleReachesItsPagesAndIsRefusedOthers(String user, String url, int expected) throws Exception {
        mvc.perform(get(url).with(staff.as(user)).accept(MediaType.TEXT_HTML)).andExpect(status().is(expected));
    }

    @Test
    void theStaffHomeShowsOnlyWhatTheRolesCanUse() throws Exception {
        mvc.perform(get("/staff").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The people of your organization and their roles.")))
                .andExpect(content().string(not(containsString("Create accounts"))))
                .andExpect(content().string(not(containsString("href=\"/admin/instruments\""))))
                .andExpect(content().string(containsString("Demonstration site")));
        mvc.perform(get("/staff").with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/instruments\"")))
                .andExpect(content().string(not(containsString("href=\"/queue\""))));
        mvc.perform(get("/staff?lang=fr").with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Journal d&#39;audit")));
    }

    @Test
    void anAdministratorListsEveryAccount() throws Exception {
        int all = jdbc.queryForObject("select count(*) from app_user", Integer.class);
        mvc.perform(get("/api/v1/users").with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(all));
    }

    @Test
    void aSupervisorListsOnlyTheirOwnOrganizationsAccountsInPageAndApi() throws Exception {
        UserAccount supervisor = staff.account("supervisor");
        List<UserAccount> own =
                users.list(new SqlPredicate("u.organization_id = :o", Map.of("o", supervisor.organizationId())));
        UserAccount outsider = staff.account("analyst");
        assertThat(outsider.organizationId()).isNotEqualTo(supervisor.organizationId());
        mvc.perform(get("/api/v1/users").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(own.size()))
                .andExpect(content().string(not(containsString(outsider.username()))));
        mvc.perform(get("/team").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(supervisor.displayName())))
                .andExpect(content().string(not(containsString(outsider.displayName()))));
    }

    @Test
    void aSupervisorCannotOpenAnotherOrganizationsAccountAndLearnsNothingAboutIt() throws Exception {
        UserAccount outsider = staff.account("analyst");
        mvc.perform(get("/api/v1/users/" + outsider.id()).with(staff.as("supervisor")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Page not found"));
        UserAccount colleague = staff.account("caseworker");
        if (colleague.organizationId().equals(staff.account("supervisor").organizationId())) {
            mvc.perform(get("/api/v1/users/" + colleague.id()).with(staff.as("supervisor")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.username").value("caseworker"));
        }
    }

    @Test
    void apiAnswersNeverCarrySecretsOrPasswordHashes() throws Exception {
        mvc.perform(get("/api/v1/users").with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("argon2"))))
                .andExpect(content().string(not(containsString("passwordHash"))))
                .andExpect(content().string(not(containsString("totpSecret"))));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void readingAnAccountIsAudited() throws Exception {
        UserAccount target = staff.account("care");
        int before = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'READ' and resource_id = ?",
                Integer.class,
                target.id().toString());
        mvc.perform(get("/admin/users/" + target.id()).with(staff.as("admin"))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'READ' and resource_id = ?",
                        Integer.class,
                        target.id().toString()))
                .isEqualTo(before + 1);
    }
}
