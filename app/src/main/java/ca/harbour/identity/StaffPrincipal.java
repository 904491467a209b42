package ca.harbour.identity;

import ca.harbour.audit.Actor;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in staff member: who, for which organization, with which roles and the permissions they
 * gave at sign-in ({@link RolePermissions}). Immutable and
 * serialisable (it lives in the HTTP session). {@code securityVersion} is the account's security
 * version at sign-in: the session ends as soon as the stored version moves on (roles, organization,
 * password or second factor changed, account deactivated).
 */
public record StaffPrincipal(
        UUID userId,
        String username,
        String displayName,
        UUID organizationId,
        String organizationName,
        Set<Role> roles,
        Map<Permission, Scope> permissions,
        long securityVersion)
        implements Actor, Serializable {

    public StaffPrincipal {
        roles = Set.copyOf(roles);
        permissions = Map.copyOf(permissions);
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
