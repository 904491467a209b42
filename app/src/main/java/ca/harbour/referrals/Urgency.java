package ca.harbour.referrals;

/** How soon the receiving agency should answer: urgent within hours, routine within business days. */
public enum Urgency {
    ROUTINE,
    URGENT
}
