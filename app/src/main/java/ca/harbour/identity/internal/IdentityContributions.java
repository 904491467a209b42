package ca.harbour.identity.internal;

import static ca.harbour.identity.Permission.Action.MANAGE;
import static ca.harbour.identity.Permission.Action.READ;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.identity.Permission;
import ca.harbour.identity.PermissionGrants;
import ca.harbour.identity.Role;
import ca.harbour.identity.Scope;
import ca.harbour.platform.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What identity adds to the application: its permissions, its pages in the staff navigation and its audit
 * resource types. It also grants the audit log's {@code AUDIT:READ}: the audit module sits below identity
 * (identity writes audit rows) and so cannot name roles itself.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityContributions {

    public static final Permission USER_READ = Permission.of("USER", READ);
    public static final Permission USER_MANAGE = Permission.of("USER", MANAGE);
    public static final Permission ORGANIZATION_READ = Permission.of("ORGANIZATION", READ);
    public static final Permission ORGANIZATION_MANAGE = Permission.of("ORGANIZATION", MANAGE);
    public static final Permission AUDIT_READ = Permission.of("AUDIT", READ);

    @Bean
    PermissionGrants identityPermissions() {
        return PermissionGrants.module("identity")
                .resources("USER", "ORGANIZATION", "AUDIT")
                .grant(Role.SUPERVISOR, Scope.ORGANIZATION, USER_READ, ORGANIZATION_READ)
                .grant(
                        Role.ADMIN,
                        Scope.ALL,
                        USER_READ,
                        USER_MANAGE,
                        ORGANIZATION_READ,
                        ORGANIZATION_MANAGE,
                        AUDIT_READ)
                .build();
    }

    @Bean
    NavigationEntry usersNavigation() {
        return NavigationEntry.to("/admin/users", "nav.users", 40)
                .forAny(USER_MANAGE.authority())
                .withCard("staff.card.users");
    }

    @Bean
    NavigationEntry organizationsNavigation() {
        return NavigationEntry.to("/admin/organizations", "nav.organizations", 50)
                .forAny(ORGANIZATION_MANAGE.authority())
                .withCard("staff.card.organizations");
    }

    @Bean
    NavigationEntry teamNavigation() {
        return NavigationEntry.to("/team", "nav.team", 60)
                .visibleTo(held -> held.contains(USER_READ.authority()) && !held.contains(USER_MANAGE.authority()))
                .withCard("staff.card.team");
    }

    @Bean
    NavigationEntry secondFactorCard() {
        return NavigationEntry.to("/account/second-factor", "account.secondFactor", 90)
                .cardOnly("staff.card.security");
    }

    @Bean
    AuditResourceType userAuditType() {
        return AuditResourceType.of("user", "auditType.user");
    }

    @Bean
    AuditResourceType organizationAuditType() {
        return AuditResourceType.of("organization", "auditType.organization");
    }

    @Bean
    AuditResourceType encryptedColumnAuditType() {
        return AuditResourceType.of("encrypted_column", "auditType.encryptedColumn");
    }
}
