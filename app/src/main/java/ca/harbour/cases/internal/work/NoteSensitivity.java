package ca.harbour.cases.internal.work;

/**
 * How widely a case note may be read. STANDARD and SENSITIVE notes are read by whoever may read the case
 * (a sensitive one is marked so, to be handled with care); a RESTRICTED note only by its author and by those who
 * may change the case: its assigned workers and the supervisors of its agency.
 */
public enum NoteSensitivity {
    STANDARD,
    SENSITIVE,
    RESTRICTED
}
