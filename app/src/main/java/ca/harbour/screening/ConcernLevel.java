package ca.harbour.screening;

/** What a screening score means. */
public enum ConcernLevel {
    NO_CONCERN,
    POSSIBLE,
    CLEAR
}
