package ca.harbour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad input on every form and endpoint of identity: a clear, translated 4xx, and nothing changed. */
@HarbourTest
class BadInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    private int organizations;
    private int users;

    @BeforeEach
    void count() {
        organizations = jdbc.queryForObject("select count(*) from organization", Integer.class);
        users = jdbc.queryForObject("select count(*) from app_user", Integer.class);
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(jdbc.queryForObject("select count(*) from organization", Integer.class))
                .isEqualTo(organizations);
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
                .isEqualTo(users);
    }

    private MockHttpServletRequestBuilder orgForm(String name, String type, String region, String languages) {
        return post("/admin/organizations")
                .with(staff.as("admin"))
                .with(csrf())
                .param("name", name)
                .param("type", type)
                .param("region", region)
                .param("languages", languages)
                .param("active", "on");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|SERVICE_PROVIDER|TORONTO|en|Enter the organization's name",
                "Good name|SPACESHIP|TORONTO|en|This value is not valid here",
                "Good name|HOTLINE|MARS|en|This value is not valid here",
                "Good name|HOTLINE|EAST|english, 12|language codes of 2 or 3 letters",
                "<script>alert(1)</script>|HOTLINE|EAST|en;drop table organization|language codes"
            })
    void theOrganizationFormExplainsWhatIsWrong(
            String name, String type, String region, String languages, String message) throws Exception {
        mvc.perform(orgForm(name, type, region, languages))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message.replace("'", "&#39;"))))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void aTooLongOrDuplicateOrganizationNameIsRefusedInFrench() throws Exception {
        mvc.perform(orgForm("x".repeat(201), "HOTLINE", "EAST", "en").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ce texte est trop long")));
        String existing = jdbc.queryForObject("select name from organization limit 1", String.class);
        mvc.perform(orgForm(existing.toUpperCase(), "HOTLINE", "EAST", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("already has this name")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a|Name|ADVOCATE|Use 3 to 64 letters",
                "good.name|''|ADVOCATE|Enter the person",
                "good.name|Name|''|Choose at least one role",
                "good.name|Name|WIZARD|This value is not valid here",
                "../../etc/passwd|Name|ADVOCATE|Use 3 to 64 letters"
            })
    void theUserFormExplainsWhatIsWrong(String username, String name, String role, String message) throws Exception {
        var request = post("/admin/users")
                .with(staff.as("admin"))
                .with(csrf())
                .param("username", username)
                .param("displayName", name)
                .param("organizationId", staff.account("admin").organizationId().toString())
                .param("language", "en");
        if (!role.isEmpty()) {
            request.param("roles", role);
        }
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(message)));
    }

    @Test
    void aTakenUsernameOrMissingOrganizationIsRefused() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(staff.as("admin"))
                        .with(csrf())
                        .param("username", "advocate")
                        .param("displayName", "Copy")
                        .param(
                                "organizationId",
                                staff.account("admin").organizationId().toString())
                        .param("roles", "ADVOCATE")
                        .param("language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("already taken")));
        mvc.perform(post("/admin/users")
                        .with(staff.as("admin"))
                        .with(csrf())
                        .param("username", "someone.new")
                        .param("displayName", "New")
                        .param("organizationId", "00000000-0000-0000-0000-000000000000")
                        .param("roles", "ADVOCATE")
                        .param("language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose an organization that exists")));
        mvc.perform(post("/admin/users")
                        .with(staff.as("admin"))
                        .with(csrf())
                        .param("username", "someone.new")
                        .param("displayName", "New")
                        .param("organizationId", "not-a-uuid")
                        .param("roles", "ADVOCATE"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void malformedIdsInAddressesGiveNotFoundOrBadRequestNeverAServerError() throws Exception {
        mvc.perform(get("/admin/users/not-a-uuid").with(staff.as("admin"))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/users/00000000-0000-0000-0000-000000000000").with(staff.as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organizations/%2e%2e%2fetc").with(staff.as("admin")))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/admin/audit").param("from", "yesterday").with(staff.as("admin")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit")
                        .param("page", "-5")
                        .param("action", "NOT_AN_ACTION")
                        .with(staff.as("admin")))
                .andExpect(status().isOk());
    }

    @Test
    void theApiAnswersBadJsonWithTranslatedProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/organizations")
                        .with(staff.as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("not right")));
        mvc.perform(post("/api/v1/organizations")
                        .with(staff.as("admin"))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"type\":\"HOTLINE\",\"region\":\"EAST\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value("Entrez le nom de l'organisme."));
        mvc.perform(post("/api/v1/organizations")
                        .with(staff.as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"type\":\"UFO\",\"region\":\"EAST\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/organizations")
                        .with(staff.as("admin"))
                        .with(csrf())
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("name=x"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(put("/api/v1/organizations/00000000-0000-0000-0000-000000000000")
                        .with(staff.as("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Ghost\",\"type\":\"HOTLINE\",\"region\":\"EAST\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/users")
                        .with(staff.as("supervisor"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"sneaky\",\"displayName\":\"S\"," + "\"organizationId\":\""
                                + staff.account("supervisor").organizationId() + "\",\"roles\":[\"ADMIN\"]}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").exists());
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/organizations")
                        .with(staff.as("admin"))
                        .param("name", "No token")
                        .param("type", "HOTLINE")
                        .param("region", "EAST"))
                .andExpect(status().isForbidden());
    }

    @Test
    void oversizedSignInFieldsAreJustAFailedSignIn() throws Exception {
        mvc.perform(post("/signin")
                        .with(csrf())
                        .param("username", "u".repeat(5000))
                        .param("password", "p".repeat(5000)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anAdministratorCannotDeactivateThemselves() throws Exception {
        var me = staff.account("admin");
        mvc.perform(post("/admin/users/" + me.id() + "/deactivate")
                        .with(staff.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select active from app_user where id = ?", Boolean.class, me.id()))
                .isTrue();
    }
}
