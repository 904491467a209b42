package ca.harbour.cases.internal.flow;

import ca.harbour.cases.CaseStage;
import ca.harbour.cases.CaseStatus;
import ca.harbour.identity.SqlPredicate;
import ca.harbour.platform.crypto.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All the SQL of approvals, and the changes an approval makes to its case (closing it, moving its stage); what a
 * request and a decision say is encrypted before it is stored.
 */
@Repository
public class CaseApprovals {

    static final String REASON = "case_approval.reason";
    static final String COMMENT = "case_approval.comment";

    private static final String COLUMNS = """
            select a.id, a.case_id, a.kind, a.state, a.closing_status, a.reason, a.requested_by, r.display_name,
                   a.requested_at, a.decided_by, d.display_name, a.decided_at, a.comment, c.reference
            from case_approval a join case_file c on c.id = a.case_id join app_user r on r.id = a.requested_by
                 left join app_user d on d.id = a.decided_by""";

    /** A pending approval with the reference of its case, for the supervisors' list. */
    public record Pending(Approval approval, String caseReference) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CaseApprovals(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(
            UUID id,
            UUID caseId,
            ApprovalKind kind,
            @Nullable CaseStatus closingStatus,
            @Nullable String reason,
            UUID by,
            Instant at,
            boolean demo) {
        jdbc.sql("""
                insert into case_approval(id, case_id, kind, closing_status, reason, requested_by, requested_at, demo)
                values (:id, :case, :kind, :closing, :reason, :by, :at, :demo)""")
                .param("id", id)
                .param("case", caseId)
                .param("kind", kind.name())
                .param("closing", closingStatus == null ? null : closingStatus.name())
                .param("reason", cipher.encrypt(reason, REASON))
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("demo", demo)
                .update();
    }

    Optional<Approval> find(UUID id, boolean forUpdate) {
        return jdbc.sql(COLUMNS + " where a.id = :id" + (forUpdate ? " for update of a" : ""))
                .param("id", id)
                .query(this::map)
                .optional();
    }

    boolean pendingExists(UUID caseId, ApprovalKind kind) {
        return jdbc.sql("select exists (select 1 from case_approval where case_id = :case and kind = :kind"
                        + " and state = 'PENDING')")
                .param("case", caseId)
                .param("kind", kind.name())
                .query(Boolean.class)
                .single();
    }

    List<Approval> forCase(UUID caseId) {
        return jdbc.sql(COLUMNS + " where a.case_id = :case order by a.requested_at desc, a.id limit 200")
                .param("case", caseId)
                .query(this::map)
                .list();
    }

    /** The pending approvals of the cases {@code scope} allows (over {@code case_file c}), oldest first. */
    List<Pending> pending(SqlPredicate scope, int limit) {
        return jdbc.sql(COLUMNS + " where a.state = 'PENDING' and " + scope.sql()
                        + " order by a.requested_at, a.id limit :limit")
                .params(scope.params())
                .param("limit", limit)
                .query((rs, n) -> new Pending(map(rs, n), rs.getString(14)))
                .list();
    }

    /** Records the decision; false when the request was no longer pending. */
    boolean decide(UUID id, ApprovalState to, UUID by, @Nullable String comment, Instant at) {
        return jdbc.sql("""
                        update case_approval set state = :state, decided_by = :by, decided_at = :at, comment = :comment
                        where id = :id and state = 'PENDING'""")
                        .param("id", id)
                        .param("state", to.name())
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .param("comment", cipher.encrypt(comment, COMMENT))
                        .update()
                == 1;
    }

    /** Closes the case with {@code status}, at stage closure. */
    void closeCase(UUID caseId, CaseStatus status, Instant at) {
        jdbc.sql("""
                update case_file set status = :status, stage = 'CLOSURE', closed_at = :at,
                                     updated_at = greatest(updated_at, :at)
                where id = :id""")
                .param("id", caseId)
                .param("status", status.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Moves the case from {@code from} to {@code to}; nothing when it has moved on meanwhile. */
    void moveStage(UUID caseId, CaseStage from, CaseStage to, Instant at) {
        jdbc.sql("""
                update case_file set stage = :to, updated_at = greatest(updated_at, :at)
                where id = :id and stage = :from""")
                .param("id", caseId)
                .param("from", from.name())
                .param("to", to.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    private Approval map(ResultSet rs, int n) throws SQLException {
        String closing = rs.getString(5);
        Timestamp decided = rs.getTimestamp(12);
        return new Approval(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                ApprovalKind.valueOf(rs.getString(3)),
                ApprovalState.valueOf(rs.getString(4)),
                closing == null ? null : CaseStatus.valueOf(closing),
                cipher.decrypt(rs.getBytes(6), REASON),
                rs.getObject(7, UUID.class),
                rs.getString(8),
                rs.getTimestamp(9).toInstant(),
                rs.getObject(10, UUID.class),
                rs.getString(11),
                decided == null ? null : decided.toInstant(),
                cipher.decrypt(rs.getBytes(13), COMMENT));
    }
}
