package ca.harbour.identity;

import java.io.Serializable;

/**
 * A resource × action pair such as {@code TIP:READ}; its {@link #authority()} is the string that
 * {@code @PreAuthorize("hasAuthority('TIP:READ')")} checks. Resources are named by the module that owns
 * them (in its {@link PermissionGrants}); the actions are one vocabulary shared by every module.
 */
public record Permission(String resource, Action action) implements Serializable {

    public enum Action {
        READ,
        SEARCH,
        CREATE,
        UPDATE,
        MANAGE,
        EXPORT
    }

    public Permission {
        if (resource == null || !resource.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("a resource is named in capitals and underscores, not " + resource);
        }
        if (action == null) {
            throw new IllegalArgumentException("a permission needs an action");
        }
    }

    public static Permission of(String resource, Action action) {
        return new Permission(resource, action);
    }

    public String authority() {
        return resource + ":" + action;
    }

    @Override
    public String toString() {
        return authority();
    }
}
