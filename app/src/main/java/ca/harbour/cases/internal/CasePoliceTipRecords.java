package ca.harbour.cases.internal;

import ca.harbour.cases.ConsentCategory;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of the tips to police sent from cases; the note and an exception's reason are encrypted. */
@Repository
public class CasePoliceTipRecords {

    static final String NOTE = "case_police_tip.note";
    static final String REASON = "case_police_tip.exception_reason";

    /** A tip as the case recorded it, decrypted. */
    public record SentTip(
            UUID id,
            UUID caseId,
            UUID organizationId,
            UUID policeOrganizationId,
            List<ConsentCategory> categories,
            String basis,
            @Nullable UUID consentId,
            @Nullable String note,
            @Nullable String exceptionReason,
            UUID sentBy,
            Instant sentAt) {

        public boolean exception() {
            return !"CONSENT".equals(basis);
        }
    }

    private static final String COLUMNS = """
            select t.id, t.case_id, t.organization_id, t.police_org_id, t.categories, t.basis, t.consent_id, t.note,
                   t.exception_reason, t.sent_by, t.sent_at
            from case_police_tip t""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CasePoliceTipRecords(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(SentTip t) {
        jdbc.sql("""
                insert into case_police_tip(id, case_id, organization_id, police_org_id, categories, basis, consent_id,
                                            note, exception_reason, sent_by, sent_at)
                values (:id, :case, :org, :police, :categories, :basis, :consent, :note, :reason, :by, :at)""")
                .param("id", t.id())
                .param("case", t.caseId())
                .param("org", t.organizationId())
                .param("police", t.policeOrganizationId())
                .param("categories", t.categories().stream().map(Enum::name).toArray(String[]::new))
                .param("basis", t.basis())
                .param("consent", t.consentId())
                .param("note", cipher.encrypt(t.note(), NOTE))
                .param("reason", cipher.encrypt(t.exceptionReason(), REASON))
                .param("by", t.sentBy())
                .param("at", Timestamp.from(t.sentAt()))
                .update();
    }

    Optional<SentTip> find(UUID id) {
        return jdbc.sql(COLUMNS + " where t.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The ids of a case's tips, oldest first, at most {@code limit}. */
    List<UUID> idsForCase(UUID caseId, int limit) {
        return jdbc.sql("select id from case_police_tip where case_id = :c order by sent_at limit :limit")
                .param("c", caseId)
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** A case's tips, oldest first, at most {@code limit}, in one query. */
    List<SentTip> forCase(UUID caseId, int limit) {
        return jdbc.sql(COLUMNS + " where t.case_id = :c order by t.sent_at limit :limit")
                .param("c", caseId)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    /** Locks a case's consents until the transaction ends, so none is withdrawn while a tip is decided under it. */
    void lockConsents(UUID caseId) {
        jdbc.sql("select id from case_consent where case_id = :c order by id for update")
                .param("c", caseId)
                .query(UUID.class)
                .list();
    }

    /** The tips sent without consent that {@code scope} lets the viewer see, newest first. */
    List<SentTip> exceptions(SqlPredicate scope, int limit) {
        return jdbc.sql(COLUMNS + " where t.basis <> 'CONSENT' and " + scope.sql()
                        + " order by t.sent_at desc limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    long exceptionsSince(SqlPredicate scope, Instant since) {
        return jdbc.sql("select count(*) from case_police_tip t where t.basis <> 'CONSENT' and t.sent_at >= :since and "
                        + scope.sql())
                .params(scope.params())
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    private SentTip map(ResultSet rs, int n) throws SQLException {
        String[] categories = (String[]) rs.getArray(5).getArray();
        return new SentTip(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                Arrays.stream(categories).map(ConsentCategory::valueOf).toList(),
                rs.getString(6),
                rs.getObject(7, UUID.class),
                cipher.decrypt(rs.getBytes(8), NOTE),
                cipher.decrypt(rs.getBytes(9), REASON),
                rs.getObject(10, UUID.class),
                rs.getTimestamp(11).toInstant());
    }
}
