package ca.harbour.referrals;

import java.util.UUID;

/** The receiving agency declined a referral. Ids only. */
public record ReferralDeclined(UUID referralId, UUID caseId) {}
