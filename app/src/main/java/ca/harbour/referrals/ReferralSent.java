package ca.harbour.referrals;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A referral left the sending case for the receiving organization (null when the service does not use Harbour). Ids only. */
public record ReferralSent(
        UUID referralId,
        UUID caseId,
        UUID senderOrganizationId,
        @Nullable UUID receivingOrganizationId,
        UUID serviceId) {}
