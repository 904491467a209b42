package ca.harbour.cases;

import java.util.UUID;

/** A case was opened at an organization. Ids only. */
public record CaseOpened(UUID caseId, UUID organizationId, CaseOrigin origin) {}
