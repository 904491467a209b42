package ca.harbour.intake.internal;

import ca.harbour.identity.SqlPredicate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports to a children's aid society, one per contact, in PostgreSQL; and the contacts still waiting for one. */
@Repository
public class DutyToReports {

    /** Age bands under 16 at the time of the contact: the same as {@link DutyToReportRule#forAgeBand}. */
    static final String UNDER_16 = "c.age_band in ('UNDER_12', 'AGE_12_15')";

    private final JdbcClient jdbc;

    DutyToReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report as recorded, with the names of the society and of the staff member who made it. */
    public record Recorded(
            UUID contactId,
            UUID societyId,
            String societyName,
            Instant reportedAt,
            UUID reportedBy,
            String reportedByName,
            String reference) {}

    /** A contact whose required report is overdue. */
    public record Overdue(UUID contactId, Instant startedAt, String ageBand) {}

    public Optional<Recorded> find(UUID contactId) {
        return jdbc.sql("""
                select d.*, o.name as society_name, u.display_name as reported_by_name
                from duty_to_report d join organization o on o.id = d.society_id join app_user u on u.id = d.reported_by
                where d.contact_id = :id""").param("id", contactId).query(this::map).optional();
    }

    /** Records the report, or corrects the one recorded before. */
    public void save(
            UUID contactId, UUID societyId, Instant reportedAt, UUID reportedBy, String reference, boolean demo) {
        jdbc.sql("""
                insert into duty_to_report(contact_id, society_id, reported_at, reported_by, reference, demo)
                values (:contact, :society, :at, :by, :reference, :demo)
                on conflict (contact_id) do update set society_id = excluded.society_id, reported_at = excluded.reported_at,
                    reported_by = excluded.reported_by, reference = excluded.reference, recorded_at = now()""")
                .param("contact", contactId)
                .param("society", societyId)
                .param("at", Timestamp.from(reportedAt))
                .param("by", reportedBy)
                .param("reference", reference)
                .param("demo", demo)
                .update();
    }

    /** Completed contacts about a person under 16 without a report, visible under {@code scope}, oldest first. */
    public List<Overdue> overdue(SqlPredicate scope, int limit) {
        return jdbc.sql("select c.id, c.started_at, c.age_band from contact c where c.status = 'COMPLETE' and "
                        + UNDER_16 + " and not exists (select 1 from duty_to_report d where d.contact_id = c.id) and "
                        + scope.sql() + " order by c.started_at limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query((rs, n) -> new Overdue(
                        rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .list();
    }

    /** How many {@link #overdue} would list, without naming them. */
    public int countOverdue(SqlPredicate scope) {
        return jdbc.sql("select count(*) from contact c where c.status = 'COMPLETE' and " + UNDER_16
                        + " and not exists (select 1 from duty_to_report d where d.contact_id = c.id) and "
                        + scope.sql())
                .params(scope.params())
                .query(Integer.class)
                .single();
    }

    private Recorded map(ResultSet rs, int n) throws SQLException {
        return new Recorded(
                rs.getObject("contact_id", UUID.class),
                rs.getObject("society_id", UUID.class),
                rs.getString("society_name"),
                rs.getTimestamp("reported_at").toInstant(),
                rs.getObject("reported_by", UUID.class),
                rs.getString("reported_by_name"),
                rs.getString("reference"));
    }
}
