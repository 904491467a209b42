package ca.harbour.cases;

/** Where the work on an open case stands: opened, assessed, planned, receiving services, being closed. */
public enum CaseStage {
    OPEN,
    ASSESSMENT,
    PLANNING,
    SERVICES,
    CLOSURE
}
