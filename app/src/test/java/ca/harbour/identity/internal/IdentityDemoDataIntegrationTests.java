package ca.harbour.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.support.HarbourTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo organizations read like real ones: "Demo" and a place and a kind, each name once, no numbers. */
@HarbourTest
class IdentityDemoDataIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoOrganizationNamesAreUniqueAndCarryNoNumbers() {
        List<String> names = jdbc.sql("select name from organization where demo")
                .query(String.class)
                .list();
        assertThat(names)
                .hasSizeGreaterThanOrEqualTo(22)
                .doesNotHaveDuplicates()
                .allMatch(n -> n.startsWith("Demo "), "starts with Demo")
                .noneMatch(n -> n.matches(".*\\d.*"));
    }
}
