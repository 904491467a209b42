package ca.harbour.cases;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A case as another module may know it once the viewer's access has been checked: who owns it and works it,
 * where it stands, and the name (or pseudonym) it is known by.
 */
public record CaseSummary(
        UUID id,
        String reference,
        UUID organizationId,
        Set<UUID> assignedWorkerIds,
        CaseStatus status,
        CaseStage stage,
        CaseOrigin origin,
        String label,
        Instant openedAt) {

    public CaseSummary {
        assignedWorkerIds = Set.copyOf(assignedWorkerIds);
    }
}
