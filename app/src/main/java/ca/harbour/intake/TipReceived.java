package ca.harbour.intake;

import java.util.UUID;

/**
 * A public tip was stored (published in the transaction that stores it). Ids and codes only: events
 * are written to the event publication table, so they never carry what the sender wrote.
 *
 * @param organizationId the hotline that receives it; null when no hotline was active
 * @param heldForReview held back from the queue as a possible flood of "danger now" tips
 */
public record TipReceived(UUID tipId, UUID organizationId, Urgency urgency, boolean heldForReview) {}
