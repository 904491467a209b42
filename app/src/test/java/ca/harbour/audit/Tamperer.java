package ca.harbour.audit;

import ca.harbour.support.DatabaseOwner;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an attacker with full database access does to the audit table: connects as the schema owner (the role
 * Flyway migrates with, which the application's role is not), switches the
 * append-only guard off, changes rows, and switches it back on. Tests use it to tamper and to restore.
 */
public final class Tamperer {

    private final JdbcTemplate owner;

    public Tamperer(Flyway flyway) {
        this.owner = DatabaseOwner.jdbc(flyway);
    }

    public JdbcTemplate jdbc() {
        return owner;
    }

    /** Runs {@code change} with the update/delete guard switched off. */
    public void tamper(Runnable change) {
        owner.execute("alter table audit_event disable trigger audit_event_no_update_or_delete");
        try {
            change.run();
        } finally {
            owner.execute("alter table audit_event enable trigger audit_event_no_update_or_delete");
        }
    }

    /** Every column of the rows from {@code firstId} on, to put back with {@link #restore}. */
    public List<Map<String, Object>> save(long firstId) {
        return owner.queryForList("select * from audit_event where id >= ? order by id", firstId);
    }

    /** Puts saved rows back as they were (rows still present are left alone). */
    public void restore(List<Map<String, Object>> rows) {
        tamper(() -> {
            for (Map<String, Object> row : rows) {
                List<String> columns = List.copyOf(row.keySet());
                owner.update(
                        "insert into audit_event(" + String.join(", ", columns) + ") values ("
                                + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
                                + ") on conflict (id) do nothing",
                        columns.stream().map(row::get).toArray());
            }
        });
    }
}
