package ca.harbour.platform.database;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway reads the migrations of every module that declared a {@link ModuleMigrations} bean (the platform's own
 * included), and migrates in version order ({@link OrderedMigration}).
 */
@Configuration(proxyBeanMethods = false)
class ModuleMigrationsConfiguration {

    /** The platform's tables: Spring Modulith's event publications and the demo data's run marker. */
    @Bean
    ModuleMigrations platformMigrations() {
        return new ModuleMigrations("platform");
    }

    @Bean
    FlywayConfigurationCustomizer moduleMigrationLocations(List<ModuleMigrations> modules) {
        String[] locations = locations(modules);
        return flyway -> flyway.locations(locations).outOfOrder(false);
    }

    @Bean
    FlywayMigrationStrategy orderedMigration() {
        return new OrderedMigration();
    }

    /** One location per folder: two modules claiming one folder is a mistake to stop at, not to merge. */
    static String[] locations(List<ModuleMigrations> modules) {
        Set<String> folders = new HashSet<>();
        for (ModuleMigrations module : modules) {
            if (!folders.add(module.folder())) {
                throw new IllegalStateException("Two modules declare the migration folder " + module.location());
            }
        }
        return modules.stream().map(ModuleMigrations::location).sorted().toArray(String[]::new);
    }
}
