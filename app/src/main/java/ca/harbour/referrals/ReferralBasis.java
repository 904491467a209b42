package ca.harbour.referrals;

/**
 * Why information may go with a referral: the person's consent, or one of the exceptions that allow it without
 * consent (a child may be at risk, imminent danger, a legal requirement), each with a recorded reason.
 */
public enum ReferralBasis {
    CONSENT,
    MINOR_AT_RISK,
    IMMINENT_DANGER,
    LEGAL_REQUIREMENT;

    public boolean exception() {
        return this != CONSENT;
    }
}
