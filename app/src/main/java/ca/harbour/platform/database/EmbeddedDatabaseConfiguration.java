package ca.harbour.platform.database;

import ca.harbour.platform.PlatformSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so Harbour
 * runs on a laptop with nothing but a JDK. The data directory survives restarts; a server left
 * running by a killed process is stopped first so the next start reuses the same directory.
 * Harbour connects as the application's role and Flyway as the schema owner ({@link EmbeddedServer}).
 *
 * <p>The embedded server's library turns durability off for tests ({@code -F}, asynchronous commit).
 * A persistent data directory turns it back on: a tip's reference number is only given once its
 * commit is on disk, and that must hold after a power cut, not only after the JVM is killed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** Started early by {@link EmbeddedDatabaseStarter}, which also stops it, after every bean that uses it. */
    @Bean(destroyMethod = "")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseStarter.Start start) throws IOException {
        return start.await();
    }

    static EmbeddedDatabase start(PlatformSettings settings) throws IOException {
        if (settings.database().ephemeral()) {
            return EmbeddedServer.ephemeral();
        }
        log.info("Embedded PostgreSQL with data in {}", settings.dataDirectory().resolve("postgres"));
        return EmbeddedServer.persistent(
                settings.dataDirectory(), settings.database().port());
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setUsername(EmbeddedServer.APP);
        config.setPassword(database.secrets().app());
        config.setMaximumPoolSize(20);
        config.setPoolName("harbour-embedded");
        return new HikariDataSource(config);
    }

    /** Migrations run as the schema owner, so every table they create is the owner's and not the application's. */
    @Bean
    FlywayConfigurationCustomizer embeddedSchemaOwner(EmbeddedDatabase database) {
        return flyway -> flyway.dataSource(
                database.url(), EmbeddedServer.OWNER, database.secrets().owner());
    }
}
