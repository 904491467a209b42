package ca.harbour.care.internal;

/**
 * Why an item of information may go to an organization: the youth's consent, or a legal basis recorded with a
 * reason (a child at risk, imminent danger, a requirement of the law).
 */
public enum SharingBasis {
    CONSENT,
    CHILD_AT_RISK,
    IMMINENT_DANGER,
    REQUIRED_BY_LAW;

    public boolean legal() {
        return this != CONSENT;
    }
}
