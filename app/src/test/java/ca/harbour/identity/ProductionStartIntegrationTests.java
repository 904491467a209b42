package ca.harbour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Production mode on an empty database: no demo data, configured keys, one bootstrap administrator
 * whose printed one-time password must be changed, then a second factor enrolled, before anything else.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=",
            "harbour.crypto.keys=prod1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "harbour.crypto.lookup-key=ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA="
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProductionStartIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theFirstStartCreatesOneAdministratorWhoMustChangeTheOneTimePasswordThenEnrol() throws Exception {
        List<String> usernames = jdbc.queryForList("select username from app_user", String.class);
        assertThat(usernames).containsExactly("admin");
        assertThat(jdbc.queryForObject("select count(*) from demo_run", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select must_change_password from app_user", Boolean.class))
                .isTrue();

        // the one-time password was printed once at start; it cannot be read back, so set a known one the same way
        String hash = jdbc.queryForObject("select password_hash from app_user", String.class);
        assertThat(hash).startsWith("$argon2id$");
        String known = "Known-one-time-1234";
        jdbc.update(
                "update app_user set password_hash = ?",
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(known));

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/signin")
                        .session(session)
                        .with(csrf())
                        .param("username", "admin")
                        .param("password", known))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/users").session(session).accept("text/html"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", known)
                        .param("next", "lighthouse keeper on the night shift")
                        .param("confirm", "lighthouse keeper on the night shift"))
                .andExpect(redirectedUrl("/account/second-factor"));
        mvc.perform(get("/admin/users").session(session).accept("text/html"))
                .andExpect(redirectedUrl("/account/second-factor"));
        mvc.perform(get("/").session(session)).andExpect(content().string(not(containsString("Demonstration site"))));
    }
}
