package ca.harbour.referrals;

import java.util.UUID;

/** The service was delivered (the sending case's service plan may mark it delivered). Ids only. */
public record ReferralCompleted(UUID referralId, UUID caseId, UUID serviceId) {}
