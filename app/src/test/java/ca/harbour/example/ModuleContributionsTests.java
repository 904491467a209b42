package ca.harbour.example;

import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.audit.AuditResourceType;
import ca.harbour.audit.AuditResourceTypes;
import ca.harbour.identity.Permission;
import ca.harbour.identity.PermissionGrants;
import ca.harbour.identity.Role;
import ca.harbour.identity.RolePermissions;
import ca.harbour.identity.Scope;
import ca.harbour.platform.web.MessageBundles;
import ca.harbour.platform.web.Navigation;
import ca.harbour.platform.web.NavigationEntry;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

/**
 * A module added as a package alone ({@link ExampleModule}) reaches every contribution point: its
 * permissions, navigation, texts and audit types; a duplicate or conflicting contribution stops the start.
 */
class ModuleContributionsTests {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(MessageBundles.class, ExampleModule.class)
            .withBean(RolePermissions.class)
            .withBean(Navigation.class)
            .withBean(AuditResourceTypes.class);

    @Test
    void aModuleGrantsItsPermissionsToRolesWithTheirScope() {
        app.run(context -> {
            RolePermissions permissions = context.getBean(RolePermissions.class);
            assertThat(permissions.of(Set.of(Role.CASE_WORKER)))
                    .containsEntry(ExampleModule.RECORD_READ, Scope.ASSIGNED);
            assertThat(permissions.of(Set.of(Role.CASE_WORKER, Role.SUPERVISOR)))
                    .containsEntry(ExampleModule.RECORD_READ, Scope.ORGANIZATION)
                    .containsEntry(ExampleModule.RECORD_EXPORT, Scope.ORGANIZATION);
            assertThat(permissions.of(Set.of(Role.STATS_ANALYST))).isEmpty();
            assertThat(permissions.readsPersonalData(Role.SUPERVISOR)).isTrue();
            assertThat(permissions.readsPersonalData(Role.ADMIN)).isFalse();
        });
    }

    @Test
    void aModulesNavigationEntryShowsToThoseItsRuleAcceptsAndLandsItsRole() {
        app.run(context -> {
            Navigation navigation = context.getBean(Navigation.class);
            Set<String> caseWorker = Set.of("EXAMPLE_RECORD:READ", "ROLE_CASE_WORKER");
            assertThat(navigation.visibleTo(caseWorker))
                    .extracting(NavigationEntry::path)
                    .containsExactly("/example");
            assertThat(navigation.landingFor(caseWorker)).contains("/example");
            assertThat(navigation.visibleTo(Set.of("ROLE_CASE_WORKER"))).isEmpty();
            assertThat(navigation.landingFor(Set.of("EXAMPLE_RECORD:READ", "ROLE_SUPERVISOR")))
                    .isEmpty();
        });
    }

    @Test
    void aModulesBundleIsFoundWithoutBeingListedInBothLanguages() {
        app.run(context -> {
            MessageSource messages = context.getBean(MessageSource.class);
            assertThat(messages.getMessage("example.nav", null, Locale.ENGLISH)).isEqualTo("Example records");
            assertThat(messages.getMessage("example.nav", null, Locale.FRENCH)).isEqualTo("Dossiers d'exemple");
            assertThat(messages.getMessage("layout.skip", null, Locale.FRENCH)).isNotBlank();
        });
    }

    @Test
    void aModulesAuditTypesAreListedWithTheirLabels() {
        app.run(context -> assertThat(context.getBean(AuditResourceTypes.class).named("example_record"))
                .map(AuditResourceType::labelKey)
                .contains("example.auditType"));
    }

    @Test
    void aResourceDeclaredByTwoModulesStopsTheStart() {
        app.withUserConfiguration(Claims.class)
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("resource EXAMPLE_RECORD is declared by both example and thief"));
    }

    @Test
    void aGrantOnAnotherModulesResourceStopsTheStart() {
        app.withUserConfiguration(GrantsOthers.class)
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining(
                                "meddler grants EXAMPLE_RECORD:READ, but EXAMPLE_RECORD belongs to example"));
    }

    @Test
    void aPermissionThatReadsPersonalDataCannotGoToAnAdministrator() {
        app.withUserConfiguration(PersonalToAdmin.class)
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("grants NOTES:READ, which reads personal data, to ADMIN"));
    }

    @Test
    void theSameGrantTwiceStopsTheStart() {
        app.withUserConfiguration(GrantsTwice.class)
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("twice grants NOTES:READ to ADVOCATE twice"));
    }

    @Test
    void twoEntriesForOnePathOrTwoAuditTypesOfOneNameStopTheStart() {
        app.withUserConfiguration(SamePath.class)
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("example.nav and other.nav both use path /example"));
        app.withUserConfiguration(SameAuditType.class)
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("example_record is declared twice"));
    }

    static class Claims {
        @Bean
        PermissionGrants thief() {
            return PermissionGrants.module("thief").resources("EXAMPLE_RECORD").build();
        }
    }

    static class GrantsOthers {
        @Bean
        PermissionGrants meddler() {
            return PermissionGrants.module("meddler")
                    .resources("MEDDLING")
                    .grant(Role.ADVOCATE, Scope.ALL, ExampleModule.RECORD_READ)
                    .build();
        }
    }

    static class PersonalToAdmin {
        @Bean
        PermissionGrants notes() {
            Permission read = Permission.of("NOTES", Permission.Action.READ);
            return PermissionGrants.module("notes")
                    .resources("NOTES")
                    .readsPersonalData(read)
                    .grant(Role.ADMIN, Scope.ALL, read)
                    .build();
        }
    }

    static class GrantsTwice {
        @Bean
        PermissionGrants twice() {
            Permission read = Permission.of("NOTES", Permission.Action.READ);
            return PermissionGrants.module("twice")
                    .resources("NOTES")
                    .grant(Role.ADVOCATE, Scope.ORGANIZATION, read)
                    .grant(Role.ADVOCATE, Scope.ALL, read)
                    .build();
        }
    }

    static class SamePath {
        @Bean
        NavigationEntry other() {
            return NavigationEntry.to("/example", "other.nav", 99);
        }
    }

    static class SameAuditType {
        @Bean
        AuditResourceType again() {
            return AuditResourceType.of("example_record", "other.auditType");
        }
    }
}
