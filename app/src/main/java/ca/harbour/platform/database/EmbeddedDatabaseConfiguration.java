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
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseStarter.Start start) throws IOException {
        return start.await();
    }

    static EmbeddedPostgres start(Environment env) throws IOException {
        if (env.getProperty("harbour.database.ephemeral", Boolean.class, false)) {
            return base().start();
        }
        Path dir = Path.of(env.getProperty("harbour.data-dir", "./data")).toAbsolutePath().normalize().resolve("postgres");
        StaleServer.stopIfRunning(dir);
        log.info("Embedded PostgreSQL with data in {}", dir);
        return persistent(dir, env.getProperty("harbour.database.port", Integer.class, 54329)).start();
    }

    /**
     * Spring closes the server after every bean that uses it; the library's own shutdown hook would
     * stop it concurrently, under the beans that still write on their way out (30 s of waiting).
     */
    private static EmbeddedPostgres.Builder base() {
        return EmbeddedPostgres.builder().setServerConfig("max_connections", "100").setLocaleConfig("encoding", "UTF8")
                .setRegisterShutdownHook(false);
    }

    /** A server on a data directory that outlives the process, with every commit flushed to disk. */
    static EmbeddedPostgres.Builder persistent(Path dir, int port) {
        // recovery after a crash replays the write-ahead log first, which can take longer than the library's 10 s
        return base().setPGStartupWait(java.time.Duration.ofSeconds(120))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(port);
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
