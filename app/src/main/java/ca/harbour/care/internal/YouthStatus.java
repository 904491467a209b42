package ca.harbour.care.internal;

/**
 * Where a youth referral stands: received by the team, then the team's intake decision (accepted, referred
 * elsewhere, no further action), and closed once the team's work with an accepted youth ends.
 */
public enum YouthStatus {
    RECEIVED,
    ACCEPTED,
    REFERRED_ELSEWHERE,
    NO_FURTHER_ACTION,
    CLOSED
}
