package ca.harbour.cases;

/**
 * A case's status in the words of the Human Trafficking Case Data Standard (HTCDS 2.0, the Case Status field):
 * being worked, followed up after services, closed, or closed because it was referred on.
 */
public enum CaseStatus {
    ACTIVE,
    FOLLOW_UP,
    CLOSED,
    CLOSED_REFERRED;

    public boolean closed() {
        return this == CLOSED || this == CLOSED_REFERRED;
    }
}
