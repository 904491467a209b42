package ca.harbour.intake;

import java.util.List;
import java.util.UUID;

/**
 * An advocate prepared a tip for a police service from a hotline contact (published in the transaction
 * that records it). Ids and category codes only: what the tip says is read through {@link PoliceTipContents}.
 *
 * @param categories what the caller's consent lets the tip carry ({@link PoliceTipContent#SITUATION}, ...)
 * @param basis CONSENT, or the exception (MINOR_AT_RISK, IMMINENT_DANGER, LEGAL_REQUIREMENT) it was sent under
 */
public record PoliceTipPrepared(
        UUID actionId,
        UUID contactId,
        UUID senderOrganizationId,
        UUID policeOrganizationId,
        List<String> categories,
        String basis) {

    public PoliceTipPrepared {
        categories = List.copyOf(categories);
    }
}
