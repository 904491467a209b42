package ca.harbour.support;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema owner's rights, which the application's own role does not have: for tests that play an attacker
 * who has them (switching the audit log's triggers off, rewriting rows) and for tests that check what the
 * owner is still refused. Flyway connects as the owner, so its connection settings are the owner's.
 */
public final class DatabaseOwner {

    private DatabaseOwner() {}

    public static JdbcTemplate jdbc(Flyway flyway) {
        return new JdbcTemplate(flyway.getConfiguration().getDataSource());
    }
}
