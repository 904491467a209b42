package ca.harbour.cases.internal.flow;

import ca.harbour.cases.CaseStage;
import ca.harbour.cases.CaseStatus;
import ca.harbour.platform.domain.Rejection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules of approvals, without Spring or SQL. A worker who may change an open case requests an approval, one
 * open request per kind; a closure names the status the case closes with (closed, or closed because it was referred
 * on) and why. A supervisor of the case's organization, never the person who asked, approves it or rejects it with
 * a comment. An approved closure closes the case; an approved case plan moves a case in planning to services.
 */
public final class ApprovalRules {

    static final int TEXT_MAX = 1000;

    private ApprovalRules() {}

    /** What a supervisor does with a pending request. */
    public enum Decision {
        APPROVE,
        REJECT
    }

    /** The answer to a decision: the state it moves the request to, or why it may not. */
    public sealed interface Step {}

    /** The request moves to {@code to}. */
    public record Moved(ApprovalState to) implements Step {}

    /** The decision is refused; nothing changes. */
    public record Refused(Rejection rejection) implements Step {}

    /** Why a request may not be made, or empty when it may. */
    public static Optional<Rejection> request(
            ApprovalKind kind,
            @Nullable CaseStatus closingStatus,
            @Nullable String reason,
            CaseStatus caseStatus,
            boolean alreadyPending) {
        if (caseStatus.closed()) {
            return Optional.of(Rejection.of("cases.flow.approval.error.caseClosed"));
        }
        if (alreadyPending) {
            return Optional.of(Rejection.of("cases.flow.approval.error.pending"));
        }
        boolean hasReason = reason != null && !reason.isBlank();
        if (hasReason && reason.strip().length() > TEXT_MAX) {
            return Optional.of(Rejection.field("reason", "cases.flow.error.tooLong"));
        }
        if (kind == ApprovalKind.CLOSURE) {
            if (closingStatus == null || !closingStatus.closed()) {
                return Optional.of(Rejection.field("closingStatus", "cases.flow.approval.error.closingStatus"));
            }
            if (!hasReason) {
                return Optional.of(Rejection.field("reason", "cases.flow.approval.error.reason"));
            }
        } else if (closingStatus != null) {
            return Optional.of(Rejection.field("closingStatus", "cases.flow.approval.error.notClosure"));
        }
        return Optional.empty();
    }

    /**
     * A decision on {@code approval} by someone who is ({@code supervisor}) or is not a supervisor of the case's
     * organization and who did ({@code ownRequest}) or did not make the request.
     */
    public static Step decide(
            ApprovalState state, boolean supervisor, boolean ownRequest, Decision decision, @Nullable String comment) {
        if (state != ApprovalState.PENDING) {
            return new Refused(Rejection.of("cases.flow.approval.error.decided"));
        }
        if (!supervisor) {
            return new Refused(Rejection.of("cases.flow.approval.error.supervisorOnly"));
        }
        if (ownRequest) {
            return new Refused(Rejection.of("cases.flow.approval.error.ownRequest"));
        }
        boolean commented = comment != null && !comment.isBlank();
        if (commented && comment.strip().length() > TEXT_MAX) {
            return new Refused(Rejection.field("comment", "cases.flow.error.tooLong"));
        }
        if (decision == Decision.REJECT && !commented) {
            return new Refused(Rejection.field("comment", "cases.flow.approval.error.comment"));
        }
        return new Moved(decision == Decision.APPROVE ? ApprovalState.APPROVED : ApprovalState.REJECTED);
    }

    /** The stage a case moves to when a request of {@code kind} is approved, or empty when the stage stays. */
    public static Optional<CaseStage> stageAfterApproval(ApprovalKind kind, CaseStage current) {
        return switch (kind) {
            case CLOSURE -> Optional.of(CaseStage.CLOSURE);
            case CASE_PLAN -> current == CaseStage.PLANNING ? Optional.of(CaseStage.SERVICES) : Optional.empty();
        };
    }
}
