package ca.harbour.intake.internal;

import ca.harbour.identity.SqlPredicate;
import ca.harbour.intake.Urgency;
import ca.harbour.platform.crypto.EncryptedColumn;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.platform.crypto.LookupHash;
import ca.harbour.platform.workitem.WorkItemState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tips in PostgreSQL; every free-text and contact field is encrypted, the phone also keyed-hashed. */
@Repository
public class Tips {

    static final String WHAT = "tip.what_happened";
    static final String WHERE = "tip.location_text";
    static final String INVOLVED = "tip.involved";
    static final String NAME = "tip.contact_name";
    static final String PHONE = "tip.contact_phone";
    static final String EMAIL = "tip.contact_email";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final LookupHash lookup;

    Tips(JdbcClient jdbc, FieldCipher cipher, LookupHash lookup) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.lookup = lookup;
    }

    /** A stored tip, decrypted, as an advocate sees it. */
    public record Tip(
            UUID id,
            String reference,
            Instant receivedAt,
            UUID organizationId,
            String language,
            String whatHappened,
            String location,
            String involved,
            String region,
            String happened,
            boolean dangerNow,
            String minorInvolved,
            Integer youngestAge,
            String contactName,
            String contactPhone,
            String contactEmail,
            Urgency urgency,
            int triageVersion,
            List<String> triageReasons,
            String status,
            UUID claimedBy,
            String claimedByName,
            Instant claimedAt,
            boolean demo) {}

    /** Stores a tip waiting in the queue. */
    public void insert(
            UUID id,
            String reference,
            Instant receivedAt,
            UUID organizationId,
            String language,
            TipForm f,
            TriageRuleSet.Triage triage,
            boolean demo) {
        insert(id, reference, receivedAt, organizationId, language, f, triage, demo, false);
    }

    /** Stores a tip, waiting in the queue, or held for flood review when {@code held}. */
    public void insert(
            UUID id,
            String reference,
            Instant receivedAt,
            UUID organizationId,
            String language,
            TipForm f,
            TriageRuleSet.Triage triage,
            boolean demo,
            boolean held) {
        String phone = TipForm.blankToNull(f.contactPhone());
        jdbc.sql("""
                insert into tip(id, reference, received_at, organization_id, language, what_happened, location_text, involved,
                    region, happened, danger_now, minor_involved, youngest_age, contact_name, contact_phone, contact_email,
                    contact_phone_hash, urgency, urgency_rank, triage_version, triage_reasons, demo, status)
                values (:id, :ref, :at, :org, :lang, :what, :where, :involved, :region, :happened, :danger, :minor, :age,
                    :name, :phone, :email, :phoneHash, :urgency, :rank, :version, :reasons, :demo, :status)""")
                .param("id", id)
                .param("ref", reference)
                .param("at", Timestamp.from(receivedAt))
                .param("org", organizationId)
                .param("lang", language)
                .param("what", cipher.encrypt(f.whatHappened().strip(), WHAT))
                .param("where", cipher.encrypt(TipForm.blankToNull(f.location()), WHERE))
                .param("involved", cipher.encrypt(TipForm.blankToNull(f.involved()), INVOLVED))
                .param("region", TipForm.blankToNull(f.region()))
                .param("happened", f.happened())
                .param("danger", f.isDangerNow())
                .param("minor", f.minorInvolved() == null || f.minorInvolved().isBlank() ? "UNSURE" : f.minorInvolved())
                .param("age", f.youngestAge())
                .param("name", cipher.encrypt(TipForm.blankToNull(f.contactName()), NAME))
                .param("phone", cipher.encrypt(phone, PHONE))
                .param("phoneHash", phoneHash(phone))
                .param("email", cipher.encrypt(TipForm.blankToNull(f.contactEmail()), EMAIL))
                .param("urgency", triage.urgency().name())
                .param("rank", triage.urgency().rank())
                .param("version", triage.version())
                .param("reasons", triage.reasons().toArray(String[]::new))
                .param("demo", demo)
                .param("status", (held ? WorkItemState.HELD : WorkItemState.WAITING).name())
                .update();
    }

    /** Open tips visible under {@code scope}, most urgent first, then longest waiting (held tips are not open yet). */
    public List<Tip> queue(SqlPredicate scope, int limit) {
        return jdbc.sql("select * from tip t where t.status in ('WAITING', 'CLAIMED') and " + scope.sql()
                        + " order by t.urgency_rank, t.received_at limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    public Optional<Tip> find(UUID id) {
        return jdbc.sql("select * from tip where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** How many tips are held for flood review under {@code scope}, and since when (null when none). */
    public record Held(int count, Instant since) {}

    public Held held(SqlPredicate scope) {
        return jdbc.sql("select count(*), min(t.received_at) from tip t where t.status = 'HELD' and " + scope.sql())
                .params(scope.params())
                .query((rs, n) -> new Held(
                        rs.getInt(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
    }

    /** Tips held for flood review under {@code scope}, in the order they arrived. */
    public List<Tip> heldList(SqlPredicate scope, int limit) {
        return jdbc.sql("select * from tip t where t.status = 'HELD' and " + scope.sql()
                        + " order by t.received_at limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    private byte[] phoneHash(String phone) {
        return lookup.phone(phone, Contacts.PHONE_LOOKUP);
    }

    private Tip map(ResultSet rs, int n) throws SQLException {
        Timestamp claimed = rs.getTimestamp("claimed_at");
        return new Tip(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getObject("organization_id", UUID.class),
                rs.getString("language"),
                cipher.decrypt(rs.getBytes("what_happened"), WHAT),
                cipher.decrypt(rs.getBytes("location_text"), WHERE),
                cipher.decrypt(rs.getBytes("involved"), INVOLVED),
                rs.getString("region"),
                rs.getString("happened"),
                rs.getBoolean("danger_now"),
                rs.getString("minor_involved"),
                rs.getObject("youngest_age", Integer.class),
                cipher.decrypt(rs.getBytes("contact_name"), NAME),
                cipher.decrypt(rs.getBytes("contact_phone"), PHONE),
                cipher.decrypt(rs.getBytes("contact_email"), EMAIL),
                Urgency.valueOf(rs.getString("urgency")),
                rs.getInt("triage_version"),
                Arrays.asList((String[]) rs.getArray("triage_reasons").getArray()),
                rs.getString("status"),
                rs.getObject("claimed_by", UUID.class),
                rs.getString("claimed_by_name"),
                claimed == null ? null : claimed.toInstant(),
                rs.getBoolean("demo"));
    }

    @Configuration(proxyBeanMethods = false)
    static class EncryptedColumns {
        @Bean
        EncryptedColumn tipWhat() {
            return new EncryptedColumn("tip", "id", "what_happened", WHAT);
        }

        @Bean
        EncryptedColumn tipWhere() {
            return new EncryptedColumn("tip", "id", "location_text", WHERE);
        }

        @Bean
        EncryptedColumn tipInvolved() {
            return new EncryptedColumn("tip", "id", "involved", INVOLVED);
        }

        @Bean
        EncryptedColumn tipName() {
            return new EncryptedColumn("tip", "id", "contact_name", NAME);
        }

        @Bean
        EncryptedColumn tipPhone() {
            return new EncryptedColumn("tip", "id", "contact_phone", PHONE);
        }

        @Bean
        EncryptedColumn tipEmail() {
            return new EncryptedColumn("tip", "id", "contact_email", EMAIL);
        }
    }
}
