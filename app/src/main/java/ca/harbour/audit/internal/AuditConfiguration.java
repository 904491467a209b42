package ca.harbour.audit.internal;

import ca.harbour.platform.database.ModuleMigrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit module's tables (the append-only audit log) live in db/migration/audit. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {
    @Bean
    ModuleMigrations auditMigrations() {
        return new ModuleMigrations("audit");
    }
}
