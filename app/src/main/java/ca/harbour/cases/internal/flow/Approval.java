package ca.harbour.cases.internal.flow;

import ca.harbour.cases.CaseStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request for a supervisor's approval on a case, decrypted: for a closure, the status the case closes with and
 * why; once decided, who decided, when and their comment.
 */
public record Approval(
        UUID id,
        UUID caseId,
        ApprovalKind kind,
        ApprovalState state,
        @Nullable CaseStatus closingStatus,
        @Nullable String reason,
        UUID requestedBy,
        String requestedByName,
        Instant requestedAt,
        @Nullable UUID decidedBy,
        @Nullable String decidedByName,
        @Nullable Instant decidedAt,
        @Nullable String comment) {

    public boolean pending() {
        return state == ApprovalState.PENDING;
    }
}
