package ca.harbour.identity;

import static ca.harbour.identity.Permission.Action.CREATE;
import static ca.harbour.identity.Permission.Action.EXPORT;
import static ca.harbour.identity.Permission.Action.MANAGE;
import static ca.harbour.identity.Permission.Action.READ;
import static ca.harbour.identity.Permission.Action.SEARCH;
import static ca.harbour.identity.Permission.Action.UPDATE;
import static ca.harbour.identity.Permission.Resource.AUDIT;
import static ca.harbour.identity.Permission.Resource.CARE;
import static ca.harbour.identity.Permission.Resource.CASE;
import static ca.harbour.identity.Permission.Resource.CONTACT;
import static ca.harbour.identity.Permission.Resource.DIRECTORY;
import static ca.harbour.identity.Permission.Resource.INTEL;
import static ca.harbour.identity.Permission.Resource.ORGANIZATION;
import static ca.harbour.identity.Permission.Resource.PROGRAM;
import static ca.harbour.identity.Permission.Resource.REFERRAL;
import static ca.harbour.identity.Permission.Resource.SCREENING;
import static ca.harbour.identity.Permission.Resource.STATS;
import static ca.harbour.identity.Permission.Resource.TIP;
import static ca.harbour.identity.Permission.Resource.USER;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that says what each role may do and how far. Need to know: administrators
 * manage people and organizations but read no case; ministry roles see only aggregates.
 */
public final class RolePermissions {

    private static final Map<Role, Map<Permission, Scope>> GRANTS = new EnumMap<>(Role.class);

    static {
        grant(Role.ADVOCATE, Scope.ORGANIZATION, p(CONTACT, READ), p(CONTACT, CREATE), p(CONTACT, UPDATE),
                p(TIP, READ), p(TIP, UPDATE), p(SCREENING, CREATE), p(SCREENING, READ), p(REFERRAL, CREATE));
        grant(Role.ADVOCATE, Scope.ALL, p(DIRECTORY, READ), p(DIRECTORY, SEARCH));
        grant(Role.CASE_WORKER, Scope.ASSIGNED, p(CASE, READ), p(CASE, UPDATE));
        grant(Role.CASE_WORKER, Scope.ORGANIZATION, p(CASE, CREATE), p(REFERRAL, READ), p(REFERRAL, CREATE),
                p(REFERRAL, UPDATE), p(SCREENING, CREATE), p(SCREENING, READ));
        grant(Role.CASE_WORKER, Scope.ALL, p(DIRECTORY, READ), p(DIRECTORY, SEARCH));
        grant(Role.SUPERVISOR, Scope.ORGANIZATION, p(USER, READ), p(CASE, READ), p(CASE, UPDATE), p(CASE, EXPORT),
                p(REFERRAL, READ), p(DIRECTORY, UPDATE), p(CONTACT, READ), p(ORGANIZATION, READ));
        grant(Role.SUPERVISOR, Scope.ALL, p(DIRECTORY, READ), p(DIRECTORY, SEARCH));
        grant(Role.CARE_MEMBER, Scope.ORGANIZATION, p(CARE, READ), p(CARE, CREATE), p(CARE, UPDATE),
                p(SCREENING, CREATE), p(SCREENING, READ));
        grant(Role.CARE_MEMBER, Scope.ALL, p(DIRECTORY, READ), p(DIRECTORY, SEARCH));
        grant(Role.POLICE_ANALYST, Scope.ORGANIZATION, p(INTEL, READ), p(INTEL, SEARCH), p(INTEL, CREATE),
                p(INTEL, EXPORT), p(TIP, READ));
        grant(Role.PROGRAM_OFFICER, Scope.ALL, p(PROGRAM, READ), p(PROGRAM, UPDATE), p(STATS, READ));
        grant(Role.STATS_ANALYST, Scope.ALL, p(STATS, READ), p(STATS, EXPORT));
        grant(Role.ADMIN, Scope.ALL, p(USER, READ), p(USER, MANAGE), p(ORGANIZATION, READ), p(ORGANIZATION, MANAGE),
                p(AUDIT, READ), p(DIRECTORY, READ), p(DIRECTORY, SEARCH), p(DIRECTORY, UPDATE));
    }

    private RolePermissions() {}

    /** Every permission the roles hold, each with the widest scope any of them gives. */
    public static Map<Permission, Scope> of(Collection<Role> roles) {
        Map<Permission, Scope> result = new LinkedHashMap<>();
        for (Role role : roles) {
            GRANTS.getOrDefault(role, Map.of()).forEach((permission, scope) -> result.merge(permission, scope, Scope::widest));
        }
        return result;
    }

    private static Permission p(Permission.Resource resource, Permission.Action action) {
        return Permission.of(resource, action);
    }

    private static void grant(Role role, Scope scope, Permission... permissions) {
        Map<Permission, Scope> map = GRANTS.computeIfAbsent(role, r -> new LinkedHashMap<>());
        for (Permission permission : permissions) {
            map.merge(permission, scope, Scope::widest);
        }
    }
}
