package ca.harbour.referrals.internal;

import ca.harbour.cases.ConsentCategory;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.platform.crypto.FieldCipher;
import ca.harbour.referrals.ReferralBasis;
import ca.harbour.referrals.ReferralStatus;
import ca.harbour.referrals.Urgency;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of referrals and their transitions; an exception's reason and every note are encrypted. */
@Repository
public class Referrals {

    static final String REASON = "referral.exception_reason";
    static final String NOTE = "referral_transition.note";

    /** A referral as stored, decrypted. */
    public record Referral(
            UUID id,
            UUID caseId,
            UUID senderOrganizationId,
            @Nullable UUID receivingOrganizationId,
            UUID serviceId,
            ReferralBasis basis,
            @Nullable UUID consentId,
            @Nullable String exceptionReason,
            Set<ConsentCategory> categories,
            Urgency urgency,
            ReferralStatus status,
            boolean consentEnded,
            @Nullable UUID linkedCaseId,
            @Nullable Instant dueAt,
            UUID createdBy,
            Instant createdAt,
            Instant updatedAt,
            boolean demo) {

        public Referral {
            categories = Set.copyOf(categories);
        }
    }

    /** One move of a referral. */
    public record Transition(
            @Nullable ReferralStatus from,
            ReferralStatus to,
            UUID actorId,
            @Nullable String note,
            Instant at) {}

    /** What a new referral is stored with. */
    record NewRow(
            UUID id,
            UUID caseId,
            UUID senderOrganizationId,
            @Nullable UUID receivingOrganizationId,
            UUID serviceId,
            ReferralBasis basis,
            @Nullable UUID consentId,
            @Nullable String exceptionReason,
            Set<ConsentCategory> categories,
            Urgency urgency,
            UUID createdBy,
            Instant at,
            boolean demo) {}

    private static final String COLUMNS = """
            select r.id, r.case_id, r.sender_org_id, r.receiving_org_id, r.service_id, r.basis, r.consent_id,
                   r.exception_reason, r.categories, r.urgency, r.status, r.consent_ended, r.linked_case_id, r.due_at,
                   r.created_by, r.created_at, r.updated_at, r.demo
            from referral r""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Referrals(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(NewRow row) {
        jdbc.sql("""
                insert into referral(id, case_id, sender_org_id, receiving_org_id, service_id, basis, consent_id,
                                     exception_reason, categories, urgency, status, created_by, created_at,
                                     updated_at, demo)
                values (:id, :case, :sender, :receiver, :service, :basis, :consent, :reason, :categories, :urgency,
                        'DRAFT', :by, :at, :at, :demo)""")
                .param("id", row.id())
                .param("case", row.caseId())
                .param("sender", row.senderOrganizationId())
                .param("receiver", row.receivingOrganizationId())
                .param("service", row.serviceId())
                .param("basis", row.basis().name())
                .param("consent", row.consentId())
                .param("reason", cipher.encrypt(row.exceptionReason(), REASON))
                .param(
                        "categories",
                        row.categories().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("urgency", row.urgency().name())
                .param("by", row.createdBy())
                .param("at", Timestamp.from(row.at()))
                .param("demo", row.demo())
                .update();
    }

    Optional<Referral> find(UUID id, boolean forUpdate) {
        return jdbc.sql(COLUMNS + " where r.id = :id" + (forUpdate ? " for update" : ""))
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The referrals {@code scope} lets the viewer see (optionally of one case), newest first, from {@code offset}. */
    List<Referral> list(SqlPredicate scope, @Nullable UUID caseId, int limit, int offset) {
        return jdbc.sql(COLUMNS + " where " + scope.sql() + (caseId == null ? "" : " and r.case_id = :case")
                        + " order by r.created_at desc, r.id limit :limit offset :offset")
                .params(scope.params())
                .param("case", caseId)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    /** How many referrals {@code scope} lets the viewer see: the same condition as {@link #list}. */
    long count(SqlPredicate scope) {
        return jdbc.sql("select count(*) from referral r where " + scope.sql())
                .params(scope.params())
                .query(Long.class)
                .single();
    }

    /** Records a move: the new status, when it is due (set when sent), and the transition with its note. */
    void move(
            UUID id, @Nullable ReferralStatus from, ReferralStatus to, UUID actor, @Nullable String note, Instant at) {
        jdbc.sql("update referral set status = :status, updated_at = :at where id = :id")
                .param("id", id)
                .param("status", to.name())
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("""
                insert into referral_transition(id, referral_id, from_status, to_status, actor_id, note, at)
                values (:tid, :id, :from, :to, :actor, :note, :at)""")
                .param("tid", UUID.randomUUID())
                .param("id", id)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("actor", actor)
                .param("note", cipher.encrypt(note, NOTE))
                .param("at", Timestamp.from(at))
                .update();
    }

    /** How many referrals {@code scope} lets the viewer see that went without consent since {@code since}. */
    int exceptionsSince(SqlPredicate scope, Instant since) {
        return jdbc.sql("select count(*) from referral r where " + scope.sql()
                        + " and r.basis <> 'CONSENT' and r.created_at >= :since")
                .params(scope.params())
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    void due(UUID id, Instant dueAt) {
        jdbc.sql("update referral set due_at = :due where id = :id")
                .param("id", id)
                .param("due", Timestamp.from(dueAt))
                .update();
    }

    void linkCase(UUID id, UUID linkedCaseId) {
        jdbc.sql("update referral set linked_case_id = :linked where id = :id")
                .param("id", id)
                .param("linked", linkedCaseId)
                .update();
    }

    /** Marks the open referrals that went under a consent as having lost it; answers their ids. */
    List<UUID> consentEnded(UUID consentId) {
        return jdbc.sql("""
                update referral set consent_ended = true
                where consent_id = :consent and status not in ('DECLINED', 'COMPLETED', 'REVOKED')
                returning id""").param("consent", consentId).query(UUID.class).list();
    }

    List<Transition> history(UUID id) {
        return jdbc.sql("""
                select from_status, to_status, actor_id, note, at from referral_transition
                where referral_id = :id order by seq""")
                .param("id", id)
                .query((rs, n) -> new Transition(
                        rs.getString(1) == null ? null : ReferralStatus.valueOf(rs.getString(1)),
                        ReferralStatus.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class),
                        cipher.decrypt(rs.getBytes(4), NOTE),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private Referral map(ResultSet rs, int n) throws SQLException {
        Timestamp due = rs.getTimestamp(14);
        return new Referral(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class),
                ReferralBasis.valueOf(rs.getString(6)),
                rs.getObject(7, UUID.class),
                cipher.decrypt(rs.getBytes(8), REASON),
                categories(rs.getArray(9)),
                Urgency.valueOf(rs.getString(10)),
                ReferralStatus.valueOf(rs.getString(11)),
                rs.getBoolean(12),
                rs.getObject(13, UUID.class),
                due == null ? null : due.toInstant(),
                rs.getObject(15, UUID.class),
                rs.getTimestamp(16).toInstant(),
                rs.getTimestamp(17).toInstant(),
                rs.getBoolean(18));
    }

    private static Set<ConsentCategory> categories(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray())
                .map(ConsentCategory::valueOf)
                .collect(Collectors.toSet());
    }
}
