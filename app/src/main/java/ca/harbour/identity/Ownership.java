package ca.harbour.identity;

import java.util.Set;
import java.util.UUID;

/** Who a record belongs to, as the access policy needs to know it. */
public record Ownership(UUID organizationId, Set<UUID> assignedUserIds) {

    public Ownership {
        assignedUserIds = assignedUserIds == null ? Set.of() : Set.copyOf(assignedUserIds);
    }

    public static Ownership of(UUID organizationId, UUID... assignedUserIds) {
        return new Ownership(organizationId, Set.of(assignedUserIds));
    }
}
