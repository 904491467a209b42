package ca.harbour.identity;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Access = permission ∧ scope, decided here for single records ({@link #permits}) and, the same
 * way, for lists ({@link #predicate}). Stateless and thread-safe.
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    public static Scope scope(StaffPrincipal viewer, Permission permission) {
        if (viewer == null) {
            return Scope.NONE;
        }
        return viewer.permissions().getOrDefault(permission, Scope.NONE);
    }

    public static boolean permits(StaffPrincipal viewer, Permission permission, Ownership record) {
        return switch (scope(viewer, permission)) {
            case ALL -> true;
            case ORGANIZATION -> viewer.organizationId().equals(record.organizationId());
            case ASSIGNED -> record.assignedUserIds().contains(viewer.userId());
            case NONE -> false;
        };
    }

    /**
     * The list filter for {@code permission}. {@code organizationColumn} holds the owning
     * organization's id; {@code assignedCondition} is an expression true when the row is assigned
     * to the user bound as {@code :scope_user} (for example {@code "u.id = :scope_user"}), or null
     * when rows of this kind are never assigned. Column names come from code, never from input.
     */
    public static SqlPredicate predicate(
            StaffPrincipal viewer, Permission permission, String organizationColumn, String assignedCondition) {
        return switch (scope(viewer, permission)) {
            case ALL -> new SqlPredicate("true", Map.of());
            case ORGANIZATION ->
                new SqlPredicate(organizationColumn + " = :scope_org", Map.of("scope_org", viewer.organizationId()));
            case ASSIGNED ->
                assignedCondition == null
                        ? new SqlPredicate("false", Map.of())
                        : new SqlPredicate("(" + assignedCondition + ")", Map.of("scope_user", viewer.userId()));
            case NONE -> new SqlPredicate("false", Map.of());
        };
    }

    /** The authorities Spring Security checks: one per permission held. */
    public static Set<String> authorities(StaffPrincipal viewer) {
        return viewer.permissions().keySet().stream()
                .map(Permission::authority)
                .collect(Collectors.toUnmodifiableSet());
    }
}
