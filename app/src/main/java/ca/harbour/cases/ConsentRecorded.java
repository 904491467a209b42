package ca.harbour.cases;

import java.util.UUID;

/** A consent was recorded on a case. Ids only. */
public record ConsentRecorded(UUID consentId, UUID caseId) {}
