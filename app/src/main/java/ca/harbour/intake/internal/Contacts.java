package ca.harbour.intake.internal;

import ca.harbour.identity.SqlPredicate;
import ca.harbour.intake.Urgency;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.crypto.LookupHash;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hotline contacts in PostgreSQL. */
@Repository
public class Contacts {

    static final String SUMMARY = "contact.summary";
    static final String NAME = "contact.caller_name";
    static final String PHONE = "contact.caller_phone";
    static final String SAFE_NUMBER = "contact.safe_number";
    static final String PLACE = "contact.place";
    static final String SAFE_TIMES = "contact.safe_times";
    static final String FOLLOW_UP = "contact.follow_up";
    /** Contexts of what {@link ContactDesk} records as happening next. */
    static final String ACTION_DETAIL = "contact_action.detail";

    static final String ACTION_EXCEPTION_REASON = "contact_action.exception_reason";
    /** One lookup context for callers' and tip senders' phones, so tips and contacts from one number share a key. */
    static final String PHONE_LOOKUP = "intake.phone";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final LookupHash lookup;

    Contacts(JdbcClient jdbc, FieldCipher cipher, LookupHash lookup) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.lookup = lookup;
    }

    /** A contact as stored, decrypted. */
    public record Contact(
            UUID id,
            UUID organizationId,
            UUID advocateId,
            String status,
            boolean safeToTalk,
            Instant startedAt,
            ContactForm form,
            Urgency urgency,
            List<String> triageReasons,
            Integer triageVersion,
            boolean demo) {}

    public void insertDraft(
            UUID id, UUID organizationId, UUID advocateId, boolean safeToTalk, Instant startedAt, boolean demo) {
        jdbc.sql("""
                insert into contact(id, organization_id, advocate_id, safe_to_talk, channel, started_at, caller_type, demo)
                values (:id, :org, :adv, :safe, 'CALL', :at, 'ANONYMOUS', :demo)""")
                .param("id", id)
                .param("org", organizationId)
                .param("adv", advocateId)
                .param("safe", safeToTalk)
                .param("at", Timestamp.from(startedAt))
                .param("demo", demo)
                .update();
    }

    /**
     * Saves the contact's form; true when it brings a new follow-up task (one that differs from the stored one),
     * which puts a closed contact back in the queue. The follow-up is encrypted (a fresh nonce each time), so
     * "new" is decided here on the decrypted text.
     */
    public boolean update(UUID id, ContactForm f, boolean complete, TriageRuleSet.Triage triage) {
        String followUp = blank(f.followUp());
        // locked so that two saves at once cannot both miss (or both see) a new follow-up task
        byte[] previous = jdbc.sql("select follow_up from contact where id = :id for update")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElse(null);
        boolean newFollowUp = followUp != null && !followUp.equals(cipher.decrypt(previous, FOLLOW_UP));
        jdbc.sql("""
                update contact set status = :status, channel = :channel, duration_minutes = :duration, caller_type = :callerType,
                    caller_language = :lang, interpreter_used = :interp, region = :region, place = :place, age_band = :age,
                    gender = :gender, exploitation_types = :types, indicators = :indicators, danger_now = :danger,
                    summary = :summary, caller_name = :name, caller_name_hash = :nameHash, caller_phone = :phone,
                    caller_phone_hash = :phoneHash, consent_police = :police, consent_contact = :contactOk,
                    safe_number = :safeNumber, safe_times = :safeTimes, outcomes = :outcomes, follow_up = :followUp,
                    follow_up_due = :due, urgency = :urgency, triage_version = :version, triage_reasons = :reasons,
                    updated_at = now()
                where id = :id""")
                .param("id", id)
                .param("status", complete ? "COMPLETE" : "DRAFT")
                .param("channel", f.channel())
                .param("duration", f.durationMinutes())
                .param("callerType", f.callerType())
                .param("lang", f.callerLanguage())
                .param("interp", f.isInterpreterUsed())
                .param("region", blank(f.region()))
                .param("place", cipher.encrypt(blank(f.place()), PLACE))
                .param("age", f.ageBand())
                .param("gender", f.gender())
                .param("types", f.exploitationTypesOrEmpty().toArray(String[]::new))
                .param("indicators", f.indicatorsOrEmpty().toArray(String[]::new))
                .param("danger", f.isDangerNow())
                .param("summary", cipher.encrypt(blank(f.summary()), SUMMARY))
                .param("name", cipher.encrypt(blank(f.callerName()), NAME))
                .param("nameHash", nameHash(f.callerName()))
                .param("phone", cipher.encrypt(blank(f.callerPhone()), PHONE))
                .param("phoneHash", phoneHash(f.callerPhone()))
                .param("police", f.consentPolice())
                .param("contactOk", f.isConsentContact())
                .param("safeNumber", cipher.encrypt(blank(f.safeNumber()), SAFE_NUMBER))
                .param("safeTimes", cipher.encrypt(blank(f.safeTimes()), SAFE_TIMES))
                .param("outcomes", f.outcomesOrEmpty().toArray(String[]::new))
                .param("followUp", cipher.encrypt(followUp, FOLLOW_UP))
                .param("due", f.followUpDue())
                .param("urgency", triage.urgency().name())
                .param("version", triage.version())
                .param("reasons", triage.reasons().toArray(String[]::new))
                .update();
        return newFollowUp;
    }

    public Optional<Contact> find(UUID id) {
        return jdbc.sql("select * from contact where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /**
     * The latest contacts visible under {@code scope}, started at or after {@code from} and before {@code until}
     * when those are given.
     */
    public List<Contact> recent(SqlPredicate scope, @Nullable Instant from, @Nullable Instant until, int limit) {
        return jdbc.sql("select * from contact c where " + scope.sql()
                        + (from == null ? "" : " and c.started_at >= :from")
                        + (until == null ? "" : " and c.started_at < :until")
                        + " order by c.started_at desc limit :limit")
                .params(scope.params())
                .param("from", from == null ? null : Timestamp.from(from))
                .param("until", until == null ? null : Timestamp.from(until))
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** Other contacts, visible under {@code scope}, with the same caller phone or name (by keyed hash only). */
    public List<Contact> repeats(UUID id, byte[] phoneHash, byte[] nameHash, SqlPredicate scope) {
        if (phoneHash == null && nameHash == null) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from contact c where c.id <> :id and (c.caller_phone_hash = :p or c.caller_name_hash = :n) and "
                                + scope.sql() + " order by c.started_at desc limit 20")
                .params(scope.params())
                .param("id", id)
                .param("p", phoneHash)
                .param("n", nameHash)
                .query(this::map)
                .list();
    }

    /** A contact in the live queue, with who holds it. */
    public record Queued(Contact contact, String queueStatus, UUID claimedBy, String claimedByName) {}

    /** Completed contacts that need follow-up: an open follow-up task, or urgent; until closed in the queue. */
    static final String NEEDS_FOLLOW_UP = "c.status = 'COMPLETE' and c.queue_status <> 'CLOSED'"
            + " and (c.follow_up is not null or c.urgency in ('IMMINENT', 'MINOR_AT_RISK'))";

    /** Contacts needing follow-up, visible under {@code scope}, most urgent first, then longest waiting. */
    public List<Queued> queue(SqlPredicate scope, int limit) {
        return jdbc.sql("select * from contact c where " + NEEDS_FOLLOW_UP + " and " + scope.sql()
                        + " order by c.urgency_rank, c.started_at limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query(this::mapQueued)
                .list();
    }

    /** The contact's place in the queue, when it needs follow-up. */
    public Optional<Queued> queued(UUID id) {
        return jdbc.sql("select * from contact c where c.id = :id and " + NEEDS_FOLLOW_UP)
                .param("id", id)
                .query(this::mapQueued)
                .optional();
    }

    public byte[] phoneHash(String phone) {
        return lookup.phone(phone, PHONE_LOOKUP);
    }

    public byte[] nameHash(String name) {
        String folded = name == null
                ? ""
                : Normalizer.normalize(name, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", " ")
                        .strip();
        return folded.isEmpty() ? null : lookup.hash(folded, "person.name");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private Contact map(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate("follow_up_due");
        ContactForm form = new ContactForm(
                rs.getString("channel"),
                rs.getObject("duration_minutes", Integer.class),
                rs.getString("caller_type"),
                rs.getString("caller_language"),
                rs.getBoolean("interpreter_used"),
                rs.getString("region"),
                cipher.decrypt(rs.getBytes("place"), PLACE),
                rs.getString("age_band"),
                rs.getString("gender"),
                strings(rs.getArray("exploitation_types")),
                strings(rs.getArray("indicators")),
                rs.getBoolean("danger_now"),
                cipher.decrypt(rs.getBytes("summary"), SUMMARY),
                cipher.decrypt(rs.getBytes("caller_name"), NAME),
                cipher.decrypt(rs.getBytes("caller_phone"), PHONE),
                rs.getString("consent_police"),
                rs.getBoolean("consent_contact"),
                cipher.decrypt(rs.getBytes("safe_number"), SAFE_NUMBER),
                cipher.decrypt(rs.getBytes("safe_times"), SAFE_TIMES),
                strings(rs.getArray("outcomes")),
                cipher.decrypt(rs.getBytes("follow_up"), FOLLOW_UP),
                due == null ? null : due.toLocalDate());
        return new Contact(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("advocate_id", UUID.class),
                rs.getString("status"),
                rs.getBoolean("safe_to_talk"),
                rs.getTimestamp("started_at").toInstant(),
                form,
                Urgency.valueOf(rs.getString("urgency")),
                strings(rs.getArray("triage_reasons")),
                rs.getObject("triage_version", Integer.class),
                rs.getBoolean("demo"));
    }

    private Queued mapQueued(ResultSet rs, int n) throws SQLException {
        return new Queued(
                map(rs, n),
                rs.getString("queue_status"),
                rs.getObject("claimed_by", UUID.class),
                rs.getString("claimed_by_name"));
    }

    @Configuration(proxyBeanMethods = false)
    static class EncryptedColumns {
        @Bean
        EncryptedColumn contactSummary() {
            return new EncryptedColumn("contact", "id", "summary", SUMMARY);
        }

        @Bean
        EncryptedColumn contactName() {
            return new EncryptedColumn("contact", "id", "caller_name", NAME);
        }

        @Bean
        EncryptedColumn contactPhone() {
            return new EncryptedColumn("contact", "id", "caller_phone", PHONE);
        }

        @Bean
        EncryptedColumn contactSafeNumber() {
            return new EncryptedColumn("contact", "id", "safe_number", SAFE_NUMBER);
        }

        @Bean
        EncryptedColumn contactPlace() {
            return new EncryptedColumn("contact", "id", "place", PLACE);
        }

        @Bean
        EncryptedColumn contactSafeTimes() {
            return new EncryptedColumn("contact", "id", "safe_times", SAFE_TIMES);
        }

        @Bean
        EncryptedColumn contactFollowUp() {
            return new EncryptedColumn("contact", "id", "follow_up", FOLLOW_UP);
        }

        @Bean
        EncryptedColumn actionDetail() {
            return new EncryptedColumn("contact_action", "id", "detail", ACTION_DETAIL);
        }

        @Bean
        EncryptedColumn actionExceptionReason() {
            return new EncryptedColumn("contact_action", "id", "exception_reason", ACTION_EXCEPTION_REASON);
        }
    }
}
