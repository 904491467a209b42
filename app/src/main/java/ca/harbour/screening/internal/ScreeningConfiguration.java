package ca.harbour.screening.internal;

import ca.harbour.platform.database.ModuleMigrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The screening module's tables (instruments, their items and screenings) live in db/migration/screening. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {
    @Bean
    ModuleMigrations screeningMigrations() {
        return new ModuleMigrations("screening");
    }
}
