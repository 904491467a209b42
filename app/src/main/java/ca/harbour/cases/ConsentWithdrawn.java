package ca.harbour.cases;

import java.util.UUID;

/** A consent was withdrawn: whatever it let through must stop at once. Ids only. */
public record ConsentWithdrawn(UUID consentId, UUID caseId) {}
