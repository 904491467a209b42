package ca.harbour.identity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What each role may do and how far, gathered from every module's {@link PermissionGrants}. Need to know:
 * administrators manage people and organizations but hold no permission that reads personal data. A
 * duplicate or conflicting contribution stops the application at start-up, naming the modules at fault.
 * Immutable once built, so thread-safe.
 */
@Component
public final class RolePermissions {

    private final Map<Role, Map<Permission, Scope>> grants = new EnumMap<>(Role.class);
    private final Set<Permission> personalData = new HashSet<>();

    public RolePermissions(List<PermissionGrants> contributions) {
        Map<String, String> owners = new HashMap<>();
        Set<String> modules = new HashSet<>();
        for (PermissionGrants c : contributions) {
            if (!modules.add(c.module())) {
                throw conflict("module " + c.module() + " contributes its permissions twice");
            }
            for (String resource : c.resources()) {
                Permission.of(resource, Permission.Action.READ); // checks the name
                String owner = owners.putIfAbsent(resource, c.module());
                if (owner != null) {
                    throw conflict("resource " + resource + " is declared by both " + owner + " and " + c.module());
                }
            }
        }
        for (PermissionGrants c : contributions) {
            for (Permission p : c.personalData()) {
                checkOwned(c, p, owners);
                personalData.add(p);
            }
        }
        for (PermissionGrants c : contributions) {
            for (PermissionGrants.Grant g : c.grants()) {
                checkOwned(c, g.permission(), owners);
                Map<Permission, Scope> held = grants.computeIfAbsent(g.role(), r -> new LinkedHashMap<>());
                if (held.putIfAbsent(g.permission(), g.scope()) != null) {
                    throw conflict(c.module() + " grants " + g.permission() + " to " + g.role() + " twice");
                }
                if (g.role() == Role.ADMIN && personalData.contains(g.permission())) {
                    throw conflict(c.module() + " grants " + g.permission() + ", which reads personal data, to ADMIN");
                }
            }
        }
    }

    /** Every permission the roles hold, each with the widest scope any of them gives. */
    public Map<Permission, Scope> of(Collection<Role> roles) {
        Map<Permission, Scope> result = new LinkedHashMap<>();
        for (Role role : roles) {
            grants.getOrDefault(role, Map.of())
                    .forEach((permission, scope) -> result.merge(permission, scope, Scope::widest));
        }
        return result;
    }

    /** Whether the role holds any permission that a module marked as reading personal data. */
    public boolean readsPersonalData(Role role) {
        return grants.getOrDefault(role, Map.of()).keySet().stream().anyMatch(personalData::contains);
    }

    private static void checkOwned(PermissionGrants c, Permission p, Map<String, String> owners) {
        String owner = owners.get(p.resource());
        if (owner == null) {
            throw conflict(c.module() + " names " + p + ", but no module declares the resource " + p.resource());
        }
        if (!owner.equals(c.module())) {
            throw conflict(c.module() + " grants " + p + ", but " + p.resource() + " belongs to " + owner);
        }
    }

    private static IllegalStateException conflict(String message) {
        return new IllegalStateException("Permission contributions conflict: " + message);
    }
}
