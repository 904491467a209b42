package ca.harbour.cases.internal.flow;

/** Where a request for approval stands: waiting for a supervisor, approved, or rejected with a comment. */
public enum ApprovalState {
    PENDING,
    APPROVED,
    REJECTED
}
