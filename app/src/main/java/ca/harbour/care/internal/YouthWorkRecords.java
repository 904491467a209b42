package ca.harbour.care.internal;

import ca.harbour.platform.crypto.FieldCipher;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All the SQL of the team's work on a youth: intake decisions (reasons encrypted), the first contact, the
 * Indigenous liaison offer and the report to a children's aid society. Names of staff and societies are joined in.
 */
@Repository
public class YouthWorkRecords {

    static final String REASON = "care_youth_decision.reason";
    /** The society's reference for a report: its file number identifies a child, so it is encrypted. */
    static final String REFERENCE = "care_duty_report.reference";

    /** A decision as recorded, its reason decrypted. */
    public record Decision(
            YouthStatus status, String reason, UUID decidedBy, String decidedByName, Instant decidedAt) {}

    /** The first contact with the youth. */
    public record FirstContact(
            Instant at, @Nullable UUID by, @Nullable String byName) {}

    /** The liaison offer; {@code takenUp} null while the youth has not answered. */
    public record LiaisonOffer(
            Instant offeredAt,
            UUID offeredBy,
            String offeredByName,
            @Nullable Boolean takenUp) {}

    /** The report to a children's aid society. */
    public record Report(
            UUID societyId,
            String societyName,
            Instant reportedAt,
            UUID reportedBy,
            String reportedByName,
            String reference) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    YouthWorkRecords(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Locks the youth's row so two decisions on one youth are taken one after the other; its status now. */
    public YouthStatus lockStatus(UUID youthId) {
        return YouthStatus.valueOf(jdbc.sql("select status from care_youth where id = :id for update")
                .param("id", youthId)
                .query(String.class)
                .single());
    }

    public void decide(UUID youthId, YouthStatus to, String reason, UUID by, Instant at, boolean demo) {
        jdbc.sql("""
                insert into care_youth_decision(id, youth_id, status, reason, decided_by, decided_at, demo)
                values (:id, :youth, :status, :reason, :by, :at, :demo)""")
                .param("id", UUID.randomUUID())
                .param("youth", youthId)
                .param("status", to.name())
                .param("reason", cipher.encrypt(reason, REASON))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("demo", demo)
                .update();
        jdbc.sql("update care_youth set status = :status where id = :id")
                .param("id", youthId)
                .param("status", to.name())
                .update();
    }

    public List<Decision> decisions(UUID youthId) {
        return jdbc.sql("""
                select d.status, d.reason, d.decided_by, u.display_name, d.decided_at
                from care_youth_decision d join app_user u on u.id = d.decided_by
                where d.youth_id = :youth order by d.decided_at, d.id""")
                .param("youth", youthId)
                .query((rs, n) -> new Decision(
                        YouthStatus.valueOf(rs.getString(1)),
                        cipher.decrypt(rs.getBytes(2), REASON),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public void firstContact(UUID youthId, Instant at, UUID by) {
        jdbc.sql("update care_youth set first_contact_at = :at, first_contact_by = :by where id = :id")
                .param("id", youthId)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    public Optional<FirstContact> firstContact(UUID youthId) {
        return jdbc.sql("""
                select y.first_contact_at, y.first_contact_by, u.display_name
                from care_youth y left join app_user u on u.id = y.first_contact_by
                where y.id = :id and y.first_contact_at is not null""")
                .param("id", youthId)
                .query((rs, n) ->
                        new FirstContact(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class), rs.getString(3)))
                .optional();
    }

    public void offerLiaison(UUID youthId, Instant at, UUID by, @Nullable Boolean takenUp, boolean demo) {
        jdbc.sql("""
                insert into care_liaison_offer(youth_id, offered_by, offered_at, taken_up, demo)
                values (:youth, :by, :at, :taken, :demo)
                on conflict (youth_id) do update set offered_by = excluded.offered_by,
                    offered_at = excluded.offered_at, taken_up = excluded.taken_up""")
                .param("youth", youthId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("taken", takenUp)
                .param("demo", demo)
                .update();
    }

    public Optional<LiaisonOffer> liaisonOffer(UUID youthId) {
        return jdbc.sql("""
                select o.offered_at, o.offered_by, u.display_name, o.taken_up
                from care_liaison_offer o join app_user u on u.id = o.offered_by where o.youth_id = :youth""")
                .param("youth", youthId)
                .query((rs, n) -> new LiaisonOffer(
                        rs.getTimestamp(1).toInstant(),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, Boolean.class)))
                .optional();
    }

    /** Records the report; false when one was already recorded for the youth (a report is never overwritten). */
    public boolean report(UUID youthId, UUID societyId, Instant at, UUID by, String reference, boolean demo) {
        return jdbc.sql("""
                insert into care_duty_report(youth_id, society_id, reported_at, reported_by, reference, demo)
                values (:youth, :society, :at, :by, :reference, :demo)
                on conflict (youth_id) do nothing""")
                        .param("youth", youthId)
                        .param("society", societyId)
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("reference", cipher.encrypt(reference, REFERENCE))
                        .param("demo", demo)
                        .update()
                > 0;
    }

    public Optional<Report> report(UUID youthId) {
        return jdbc.sql("""
                select d.society_id, o.name, d.reported_at, d.reported_by, u.display_name, d.reference
                from care_duty_report d join organization o on o.id = d.society_id
                join app_user u on u.id = d.reported_by where d.youth_id = :youth""")
                .param("youth", youthId)
                .query((rs, n) -> new Report(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        cipher.decrypt(rs.getBytes(6), REFERENCE)))
                .optional();
    }
}
