package ca.harbour.directory.internal;

import static ca.harbour.identity.Permission.Action.READ;
import static ca.harbour.identity.Permission.Action.SEARCH;
import static ca.harbour.identity.Permission.Action.UPDATE;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.identity.Permission;
import ca.harbour.identity.PermissionGrants;
import ca.harbour.identity.Role;
import ca.harbour.identity.Scope;
import ca.harbour.platform.web.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the directory adds to the application: who searches it and who edits services (an organization's
 * supervisor its own, an administrator all; none of it is personal data), the staff directory search in the
 * navigation ("/" opens it from anywhere, accesskey d), and its audit types.
 */
@Configuration(proxyBeanMethods = false)
public class DirectoryContributions {

    public static final Permission DIRECTORY_READ = Permission.of("DIRECTORY", READ);
    public static final Permission DIRECTORY_SEARCH = Permission.of("DIRECTORY", SEARCH);
    public static final Permission DIRECTORY_UPDATE = Permission.of("DIRECTORY", UPDATE);

    @Bean
    PermissionGrants directoryPermissions() {
        PermissionGrants.Builder grants = PermissionGrants.module("directory").resources("DIRECTORY");
        for (Role searcher : new Role[] {Role.ADVOCATE, Role.CASE_WORKER, Role.SUPERVISOR, Role.CARE_MEMBER}) {
            grants.grant(searcher, Scope.ALL, DIRECTORY_READ, DIRECTORY_SEARCH);
        }
        return grants.grant(Role.SUPERVISOR, Scope.ORGANIZATION, DIRECTORY_UPDATE)
                .grant(Role.ADMIN, Scope.ALL, DIRECTORY_READ, DIRECTORY_SEARCH, DIRECTORY_UPDATE)
                .build();
    }

    @Bean
    NavigationEntry directoryNavigation() {
        return NavigationEntry.to("/staff/directory", "directory.nav", 30)
                .forAny(DIRECTORY_SEARCH.authority())
                .withCard("directory.card")
                .withAccessKey("d")
                .withShortcut("/");
    }

    @Bean
    AuditResourceType directoryAuditType() {
        return AuditResourceType.of("directory", "auditType.directory");
    }

    @Bean
    AuditResourceType directoryServiceAuditType() {
        return AuditResourceType.of("directory.service", "auditType.directory.service");
    }

    @Bean
    AuditResourceType directoryImportAuditType() {
        return AuditResourceType.of("directory.import", "auditType.directory.import");
    }
}
