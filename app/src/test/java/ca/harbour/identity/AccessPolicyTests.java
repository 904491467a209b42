package ca.harbour.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.example.ExampleModule;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scope switch, over the grants of two modules: accounts (as identity gives them) and the example's cases. */
class AccessPolicyTests {

    private static final UUID AGENCY = UUID.randomUUID();
    private static final UUID OTHER_AGENCY = UUID.randomUUID();
    private static final Permission USER_READ = Permission.of("USER", Permission.Action.READ);
    private static final Permission USER_MANAGE = Permission.of("USER", Permission.Action.MANAGE);
    private static final Permission CASE_READ = ExampleModule.RECORD_READ;
    private static final RolePermissions GRANTS = new RolePermissions(List.of(
            PermissionGrants.module("accounts")
                    .resources("USER")
                    .grant(Role.SUPERVISOR, Scope.ORGANIZATION, USER_READ)
                    .grant(Role.ADMIN, Scope.ALL, USER_READ, USER_MANAGE)
                    .build(),
            PermissionGrants.module("cases")
                    .resources(CASE_READ.resource())
                    .grant(Role.CASE_WORKER, Scope.ASSIGNED, CASE_READ)
                    .grant(Role.SUPERVISOR, Scope.ORGANIZATION, CASE_READ)
                    .build()));

    private static StaffPrincipal staff(Role... roles) {
        return new StaffPrincipal(
                UUID.randomUUID(), "someone", "Someone", AGENCY, "Agency", Set.of(roles), GRANTS.of(Set.of(roles)), 0);
    }

    @Test
    void anAdministratorSeesEveryAccountButNoCase() {
        StaffPrincipal admin = staff(Role.ADMIN);
        assertThat(AccessPolicy.permits(admin, USER_READ, Ownership.of(OTHER_AGENCY)))
                .isTrue();
        assertThat(AccessPolicy.predicate(admin, USER_READ, "u.organization_id", null)
                        .sql())
                .isEqualTo("true");
        assertThat(AccessPolicy.permits(admin, CASE_READ, Ownership.of(AGENCY))).isFalse();
        assertThat(AccessPolicy.predicate(admin, CASE_READ, "c.organization_id", "c.worker = :scope_user")
                        .sql())
                .isEqualTo("false");
    }

    @Test
    void aSupervisorSeesOnlyTheirOwnOrganizationsAccounts() {
        StaffPrincipal supervisor = staff(Role.SUPERVISOR);
        assertThat(AccessPolicy.permits(supervisor, USER_READ, Ownership.of(AGENCY)))
                .isTrue();
        assertThat(AccessPolicy.permits(supervisor, USER_READ, Ownership.of(OTHER_AGENCY)))
                .isFalse();
        SqlPredicate p = AccessPolicy.predicate(supervisor, USER_READ, "u.organization_id", null);
        assertThat(p.sql()).isEqualTo("u.organization_id = :scope_org");
        assertThat(p.params()).containsEntry("scope_org", AGENCY);
    }

    @Test
    void aCaseWorkerReadsOnlyCasesAssignedToThem() {
        StaffPrincipal worker = staff(Role.CASE_WORKER);
        assertThat(AccessPolicy.permits(worker, CASE_READ, Ownership.of(AGENCY, worker.userId())))
                .isTrue();
        assertThat(AccessPolicy.permits(worker, CASE_READ, Ownership.of(AGENCY, UUID.randomUUID())))
                .isFalse();
        SqlPredicate p = AccessPolicy.predicate(worker, CASE_READ, "c.organization_id", "c.worker_id = :scope_user");
        assertThat(p.sql()).isEqualTo("(c.worker_id = :scope_user)");
        assertThat(p.params()).containsEntry("scope_user", worker.userId());
    }

    @Test
    void severalRolesGiveTheWidestScopeOfAny() {
        StaffPrincipal both = staff(Role.CASE_WORKER, Role.SUPERVISOR);
        assertThat(AccessPolicy.scope(both, CASE_READ)).isEqualTo(Scope.ORGANIZATION);
    }

    @Test
    void nobodyAndNoRoleMeanNoAccess() {
        assertThat(AccessPolicy.scope(null, USER_READ)).isEqualTo(Scope.NONE);
        assertThat(AccessPolicy.permits(staff(Role.STATS_ANALYST), USER_READ, Ownership.of(AGENCY)))
                .isFalse();
    }

    @Test
    void authoritiesAreThePermissionStrings() {
        assertThat(AccessPolicy.authorities(staff(Role.ADMIN))).containsExactlyInAnyOrder("USER:MANAGE", "USER:READ");
    }
}
