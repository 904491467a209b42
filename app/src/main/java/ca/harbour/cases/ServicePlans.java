package ca.harbour.cases;

import java.util.UUID;

/**
 * The services planned on cases, for the module that learns a service was given (referrals, on a completed
 * referral): without a viewer, since the referral's own access was checked where it was completed.
 */
public interface ServicePlans {

    /**
     * Marks the case's planned, requested or in-progress services given by {@code serviceId} as delivered by
     * {@code referralId}, each with a timeline entry; answers how many were marked (none when the plan has no
     * such open service).
     */
    int markDelivered(UUID caseId, UUID serviceId, UUID referralId);
}
