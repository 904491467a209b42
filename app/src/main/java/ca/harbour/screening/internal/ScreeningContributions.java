package ca.harbour.screening.internal;

import static ca.harbour.identity.Permission.Action.CREATE;
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
 * What screening adds to the application: who screens people and reads their answers (personal data),
 * who publishes instruments, the instrument editor's place in the staff navigation, and its audit types.
 */
@Configuration(proxyBeanMethods = false)
public class ScreeningContributions {

    public static final Permission SCREENING_CREATE = Permission.of("SCREENING", CREATE);
    public static final Permission SCREENING_READ = Permission.of("SCREENING", READ);
    public static final Permission INSTRUMENT_MANAGE = Permission.of("SCREENING_INSTRUMENT", MANAGE);

    @Bean
    PermissionGrants screeningPermissions() {
        PermissionGrants.Builder grants = PermissionGrants.module("screening")
                .resources("SCREENING", "SCREENING_INSTRUMENT")
                .readsPersonalData(SCREENING_READ);
        for (Role screener : new Role[] {Role.ADVOCATE, Role.CASE_WORKER, Role.CARE_MEMBER}) {
            grants.grant(screener, Scope.ORGANIZATION, SCREENING_CREATE, SCREENING_READ);
        }
        return grants.grant(Role.ADMIN, Scope.ALL, INSTRUMENT_MANAGE).build();
    }

    @Bean
    NavigationEntry instrumentsNavigation() {
        return NavigationEntry.to("/admin/instruments", "instruments.nav", 70)
                .forAny(INSTRUMENT_MANAGE.authority())
                .withCard("instruments.card");
    }

    @Bean
    AuditResourceType instrumentAuditType() {
        return AuditResourceType.of("instrument", "auditType.instrument");
    }

    @Bean
    AuditResourceType screeningAuditType() {
        return AuditResourceType.of("screening", "auditType.screening");
    }
}
