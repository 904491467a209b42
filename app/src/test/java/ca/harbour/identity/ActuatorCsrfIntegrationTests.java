package ca.harbour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.harbour.support.HarbourTest;
import ca.harbour.support.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** State-changing actuator endpoints are POSTs like any other: without the CSRF token they are refused. */
@HarbourTest
class ActuatorCsrfIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staff staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reencryptionWithoutACsrfTokenIsForbiddenEvenForAnAdministratorAndDoesNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from audit_event where action = 'REENCRYPT'", Integer.class);
        mvc.perform(post("/actuator/reencrypt").with(staff.as("admin"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'REENCRYPT'", Integer.class))
                .isEqualTo(before);
    }
}
