package ca.harbour.cases;

import java.util.List;
import java.util.UUID;

/**
 * A worker sent a tip to a police service from a case (published in the transaction that records it). Ids and
 * codes only: what the tip says is read through {@link CasePoliceTips#consented}, which checks its basis again.
 *
 * @param tipId the case's record of the tip, which the police service's copy names
 * @param categories the consent categories the tip carries
 * @param basis CONSENT, or the exception (MINOR_AT_RISK, IMMINENT_DANGER, LEGAL_REQUIREMENT) it was sent under
 */
public record CasePoliceTipPrepared(
        UUID tipId,
        UUID caseId,
        UUID senderOrganizationId,
        UUID policeOrganizationId,
        List<String> categories,
        String basis) {

    public CasePoliceTipPrepared {
        categories = List.copyOf(categories);
    }
}
