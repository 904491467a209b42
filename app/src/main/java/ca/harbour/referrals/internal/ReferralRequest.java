package ca.harbour.referrals.internal;

import ca.harbour.cases.ConsentCategory;
import ca.harbour.referrals.ReferralBasis;
import ca.harbour.referrals.Urgency;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral as the sender asks for it: the service, how urgent, what to share, and on what basis (a consent of
 * the case, or an exception with its reason); {@code send} false keeps it as a draft.
 */
public record ReferralRequest(
        UUID caseId,
        @Nullable UUID serviceId,
        @Nullable Urgency urgency,
        Set<ConsentCategory> categories,
        @Nullable ReferralBasis basis,
        @Nullable UUID consentId,
        @Nullable String exceptionReason,
        @Nullable String note,
        boolean send) {

    public ReferralRequest {
        categories = Set.copyOf(categories);
    }
}
