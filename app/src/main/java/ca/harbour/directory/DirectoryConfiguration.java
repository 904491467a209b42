package ca.harbour.directory;

import ca.harbour.platform.database.ModuleMigrations;
import ca.harbour.platform.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Find supports" and the HSDS read API are open to anyone; staff-only fields never reach them. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {
    @Bean
    PublicPaths directoryPublicPaths() {
        return PublicPaths.of("/find", "/find/**", "/api/hsds", "/api/hsds/**");
    }

    @Bean
    ModuleMigrations directoryMigrations() {
        return new ModuleMigrations("directory");
    }
}
