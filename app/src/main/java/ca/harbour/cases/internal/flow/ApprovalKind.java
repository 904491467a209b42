package ca.harbour.cases.internal.flow;

/** What a supervisor approves: the case plan, or closing the case. */
public enum ApprovalKind {
    CASE_PLAN,
    CLOSURE
}
