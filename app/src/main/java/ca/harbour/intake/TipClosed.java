package ca.harbour.intake;

import java.util.UUID;

/** The advocate holding a tip closed it in the queue. Ids only, never the tip's content. */
public record TipClosed(UUID tipId, UUID organizationId, UUID closedBy) {}
