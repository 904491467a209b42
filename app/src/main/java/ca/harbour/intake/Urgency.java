package ca.harbour.intake;

/** How soon someone must act, most urgent first; the rank orders the queue. */
public enum Urgency {
    /** Someone may be in danger now. */
    IMMINENT,
    /** A child may be involved; under 16 the duty to report applies. */
    MINOR_AT_RISK,
    /** Exploitation happened recently. */
    RECENT,
    /** Everything else; still read by a person. */
    ROUTINE;

    public int rank() {
        return ordinal();
    }

    public boolean urgent() {
        return this == IMMINENT || this == MINOR_AT_RISK;
    }
}
