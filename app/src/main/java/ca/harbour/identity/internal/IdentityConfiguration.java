package ca.harbour.identity.internal;

import ca.harbour.platform.database.ModuleMigrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The identity module's tables (organizations, accounts, recovery codes and the sign-in throttle) live in
 * db/migration/identity.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {
    @Bean
    ModuleMigrations identityMigrations() {
        return new ModuleMigrations("identity");
    }
}
