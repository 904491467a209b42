package ca.harbour.referrals;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The receiving agency accepted a referral, and may have opened a linked case of its own. Ids only. */
public record ReferralAccepted(
        UUID referralId, UUID caseId, @Nullable UUID linkedCaseId) {}
