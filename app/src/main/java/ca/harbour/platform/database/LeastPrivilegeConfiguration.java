package ca.harbour.platform.database;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link LeastPrivilegeGrants} with Flyway, for the embedded and for an external database alike. */
@Configuration(proxyBeanMethods = false)
class LeastPrivilegeConfiguration {

    @Bean
    LeastPrivilegeGrants leastPrivilegeGrants(DataSource dataSource) {
        return new LeastPrivilegeGrants(dataSource);
    }
}
