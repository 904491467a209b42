package ca.harbour.example;

import static ca.harbour.identity.Permission.Action.EXPORT;
import static ca.harbour.identity.Permission.Action.READ;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.identity.Permission;
import ca.harbour.identity.PermissionGrants;
import ca.harbour.identity.Role;
import ca.harbour.identity.Scope;
import ca.harbour.platform.web.NavigationEntry;
import org.springframework.context.annotation.Bean;

/**
 * A module made of this package alone, as a newcomer would add one: its permissions, its page in the staff
 * navigation, its audit type, and its texts in {@code i18n/example/messages*.properties}. Deliberately not a
 * {@code @Configuration}, so the application's component scan leaves it out; tests register it by hand.
 */
public class ExampleModule {

    public static final Permission RECORD_READ = Permission.of("EXAMPLE_RECORD", READ);
    public static final Permission RECORD_EXPORT = Permission.of("EXAMPLE_RECORD", EXPORT);
    public static final Permission REPORT_READ = Permission.of("EXAMPLE_REPORT", READ);

    @Bean
    PermissionGrants examplePermissions() {
        return PermissionGrants.module("example")
                .resources("EXAMPLE_RECORD", "EXAMPLE_REPORT")
                .readsPersonalData(RECORD_READ)
                .grant(Role.CASE_WORKER, Scope.ASSIGNED, RECORD_READ)
                .grant(Role.SUPERVISOR, Scope.ORGANIZATION, RECORD_READ, RECORD_EXPORT)
                .grant(Role.ADMIN, Scope.ALL, REPORT_READ)
                .build();
    }

    @Bean
    NavigationEntry exampleNavigation() {
        return NavigationEntry.to("/example", "example.nav", 35)
                .forAny(RECORD_READ.authority())
                .withCard("example.card")
                .landingFor("ROLE_CASE_WORKER", 5);
    }

    @Bean
    AuditResourceType exampleAuditType() {
        return AuditResourceType.of("example_record", "example.auditType");
    }
}
