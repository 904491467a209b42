package ca.harbour.cases.internal;

import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of reports to a children's aid society made for people on cases; who and the reference encrypted. */
@Repository
public class CaseDutyReports {

    static final String REPORTED_BY = "case_duty_report.reported_by";
    static final String REFERENCE = "case_duty_report.reference";

    /** A report made for a person on a case. */
    public record Report(
            UUID personId,
            String reportedBy,
            UUID societyId,
            LocalDate reportedOn,
            String reference,
            Instant recordedAt) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CaseDutyReports(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Records the report; false when one was already recorded for the person. */
    boolean insert(UUID caseId, Report r, UUID by) {
        return jdbc.sql("""
                insert into case_duty_report(person_id, case_id, reported_by, society_id, reported_on, reference,
                                             recorded_by, recorded_at)
                values (:person, :case, :who, :society, :on, :reference, :by, :at)
                on conflict (person_id) do nothing""")
                        .param("person", r.personId())
                        .param("case", caseId)
                        .param("who", cipher.encrypt(r.reportedBy(), REPORTED_BY))
                        .param("society", r.societyId())
                        .param("on", Date.valueOf(r.reportedOn()))
                        .param("reference", cipher.encrypt(r.reference(), REFERENCE))
                        .param("by", by)
                        .param("at", Timestamp.from(r.recordedAt()))
                        .update()
                > 0;
    }

    List<Report> forCase(UUID caseId) {
        return jdbc.sql("""
                select person_id, reported_by, society_id, reported_on, reference, recorded_at
                from case_duty_report where case_id = :case""")
                .param("case", caseId)
                .query((rs, n) -> new Report(
                        rs.getObject("person_id", UUID.class),
                        cipher.decrypt(rs.getBytes("reported_by"), REPORTED_BY),
                        rs.getObject("society_id", UUID.class),
                        rs.getDate("reported_on").toLocalDate(),
                        cipher.decrypt(rs.getBytes("reference"), REFERENCE),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
