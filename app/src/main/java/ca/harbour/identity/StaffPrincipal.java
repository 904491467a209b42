package ca.harbour.identity;

import ca.harbour.audit.Actor;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in staff member: who, for which organization, with which roles. Immutable and
 * serialisable (it lives in the HTTP session).
 */
public record StaffPrincipal(UUID userId, String username, String displayName, UUID organizationId,
        String organizationName, Set<Role> roles) implements Actor, Serializable {

    public StaffPrincipal {
        roles = Set.copyOf(roles);
    }

    public Map<Permission, Scope> permissions() {
        return RolePermissions.of(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public String actorName() {
        return username;
    }

    @Override
    public UUID actorOrganizationId() {
        return organizationId;
    }
}
