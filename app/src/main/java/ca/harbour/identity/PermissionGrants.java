package ca.harbour.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One module's contribution to the access rules: the resources it owns, which of their permissions read
 * personal data, and which role holds which permission how far. Each module declares one as a bean;
 * {@link RolePermissions} gathers them all and refuses to start on a duplicate or a conflict. A module
 * grants permissions on its own resources only.
 */
public record PermissionGrants(String module, Set<String> resources, Set<Permission> personalData, List<Grant> grants) {

    /** {@code role} holds {@code permission} over the records {@code scope} reaches. */
    public record Grant(Role role, Permission permission, Scope scope) {}

    public PermissionGrants {
        resources = Set.copyOf(resources);
        personalData = Set.copyOf(personalData);
        grants = List.copyOf(grants);
    }

    public static Builder module(String module) {
        return new Builder(module);
    }

    /** Collects a module's declarations in the order written. Not thread-safe; use it while building a bean. */
    public static final class Builder {
        private final String module;
        private final Set<String> resources = new LinkedHashSet<>();
        private final Set<Permission> personalData = new LinkedHashSet<>();
        private final List<Grant> grants = new ArrayList<>();

        private Builder(String module) {
            this.module = module;
        }

        /** The resources this module owns, named in capitals (such as {@code TIP}). */
        public Builder resources(String... names) {
            resources.addAll(List.of(names));
            return this;
        }

        /** Permissions that show people's personal data: an administrator may never hold them. */
        public Builder readsPersonalData(Permission... permissions) {
            personalData.addAll(List.of(permissions));
            return this;
        }

        public Builder grant(Role role, Scope scope, Permission... permissions) {
            for (Permission permission : permissions) {
                grants.add(new Grant(role, permission, scope));
            }
            return this;
        }

        public PermissionGrants build() {
            return new PermissionGrants(module, resources, personalData, grants);
        }
    }
}
