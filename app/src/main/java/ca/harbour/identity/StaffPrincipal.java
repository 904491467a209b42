package ca.harbour.identity;

import ca.harbour.audit.Actor;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in staff member: who, for which organization, with which roles. Immutable and
 * serialisable (it lives in the HTTP session). {@code securityVersion} is the account's security
 * version at sign-in: the session ends as soon as the stored version moves on (roles, organization,
 * password or second factor changed, account deactivated).
 */
public record StaffPrincipal(UUID userId, String username, String displayName, UUID organizationId,
        String organizationName, Set<Role> roles, long securityVersion) implements Actor, Serializable {

    public StaffPrincipal {
        roles = Set.copyOf(roles);
    }

    /** A principal at security version 0, for code that never meets the per-request check (unit tests). */
    public StaffPrincipal(UUID userId, String username, String displayName, UUID organizationId,
            String organizationName, Set<Role> roles) {
        this(userId, username, displayName, organizationId, organizationName, roles, 0);
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
