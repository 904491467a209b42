package ca.harbour.intake;

import java.util.UUID;

/** An advocate started a hotline contact (after "safe to talk?"). Ids only, never what the caller said. */
public record ContactOpened(UUID contactId, UUID organizationId, UUID advocateId) {}
