package ca.harbour.referrals;

/** Which end of a referral a person acts for: the agency that sent it or the one that receives it. */
public enum ReferralSide {
    SENDER,
    RECEIVER
}
