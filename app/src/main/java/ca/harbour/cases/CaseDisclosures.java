package ca.harbour.cases;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A case disclosed to another organization, for modules that share it (referrals): the case is read without a
 * viewer of the holding organization, so the consent is checked here, at every read, and each disclosure is
 * audited against the case. The caller shows only the categories it asked for.
 */
public interface CaseDisclosures {

    /**
     * The case when {@code consentId} is one of its consents and covers {@code wanted} for the recipient today;
     * otherwise empty (withdrawn, expired, another case's consent, or not covering).
     */
    Optional<CaseSummary> underConsent(
            UUID caseId, UUID consentId, UUID recipientOrganizationId, Set<ConsentCategory> wanted);

    /**
     * The case disclosed without consent under an exception that a person recorded with its reason (the caller
     * keeps the reason); {@code basis} is the exception's code, written to the audit row.
     */
    Optional<CaseSummary> underException(UUID caseId, String basis);
}
