package ca.harbour.intake;

import java.util.UUID;

/** The advocate holding a contact's follow-up closed it in the queue. Ids only, never what the caller said. */
public record ContactClosed(UUID contactId, UUID organizationId, UUID closedBy) {}
