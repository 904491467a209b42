package ca.harbour.cases;

import java.util.UUID;

/** A case was given to another organization, with a consent covering its summary. Ids only. */
public record CaseTransferred(UUID caseId, UUID fromOrganizationId, UUID toOrganizationId, UUID consentId) {}
