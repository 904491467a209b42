package ca.harbour.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so Harbour
 * runs on a laptop with nothing but a JDK. The data directory survives restarts; a server left
 * running by a killed process is stopped first so the next start reuses the same directory.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(Environment env) throws IOException {
        boolean ephemeral = env.getProperty("harbour.database.ephemeral", Boolean.class, false);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8");
        if (!ephemeral) {
            Path dir = Path.of(env.getProperty("harbour.data-dir", "./data")).toAbsolutePath().normalize()
                    .resolve("postgres");
            StaleServer.stopIfRunning(dir);
            builder.setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(env.getProperty("harbour.database.port", Integer.class, 54329));
            log.info("Embedded PostgreSQL with data in {}", dir);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(20);
        config.setPoolName("harbour-embedded");
        return new HikariDataSource(config);
    }
}
