package ca.harbour.referrals;

import java.util.UUID;

/** The sending agency revoked a referral; the receiving agency sees nothing of the case from now on. Ids only. */
public record ReferralRevoked(UUID referralId, UUID caseId) {}
