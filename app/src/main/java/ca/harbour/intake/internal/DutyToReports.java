package ca.harbour.intake.internal;

import ca.harbour.identity.SqlPredicate;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports to a children's aid society, one per contact, in PostgreSQL; and the contacts still waiting for one. */
@Repository
public class DutyToReports {

    /**
     * Under 16 at the time of the contact: by the age a recorded date of birth gave on that day, else by the age
     * band; the same as {@link DutyToReportRule#forContact}.
     */
    static final String UNDER_16 =
            "coalesce((select b.age_at_contact < 16 from contact_birth_date b where b.contact_id = c.id),"
                    + " c.age_band in ('UNDER_12', 'AGE_12_15'))";

    static final String BIRTH_DATE = "contact_birth_date.birth_date";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    DutyToReports(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A date of birth recorded for a contact, decrypted, with the age it gave on the day of the contact. */
    public record BirthDate(LocalDate birthDate, int ageAtContact) {}

    public Optional<BirthDate> birthDate(UUID contactId) {
        return jdbc.sql("select birth_date, age_at_contact from contact_birth_date where contact_id = :id")
                .param("id", contactId)
                .query((rs, n) ->
                        new BirthDate(LocalDate.parse(cipher.decrypt(rs.getBytes(1), BIRTH_DATE)), rs.getInt(2)))
                .optional();
    }

    /** Records the date of birth (encrypted) and the age it gives at the contact, or replaces them. */
    public void saveBirthDate(UUID contactId, LocalDate birthDate, int ageAtContact, UUID recordedBy) {
        jdbc.sql("""
                insert into contact_birth_date(contact_id, birth_date, age_at_contact, recorded_by)
                values (:contact, :birth, :age, :by)
                on conflict (contact_id) do update set birth_date = excluded.birth_date,
                    age_at_contact = excluded.age_at_contact, recorded_by = excluded.recorded_by, recorded_at = now()""")
                .param("contact", contactId)
                .param("birth", cipher.encrypt(birthDate.toString(), BIRTH_DATE))
                .param("age", ageAtContact)
                .param("by", recordedBy)
                .update();
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

    @Configuration(proxyBeanMethods = false)
    static class EncryptedColumns {
        @Bean
        EncryptedColumn contactBirthDate() {
            return new EncryptedColumn("contact_birth_date", "contact_id", "birth_date", BIRTH_DATE);
        }
    }
}
