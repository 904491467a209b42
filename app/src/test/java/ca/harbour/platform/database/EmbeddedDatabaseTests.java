package ca.harbour.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded database keeps its data across restarts, including after the application was killed, and syncs commits. */
class EmbeddedDatabaseTests {

    private static EmbeddedPostgres start(Path dir) throws Exception {
        StaleServer.stopIfRunning(dir);
        return EmbeddedDatabaseConfiguration.persistent(dir, freePort()).start();
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * What a kill -9 of Harbour leaves behind: the server still running, and no JVM holding the
     * data directory's lock (the operating system releases it with the dead process).
     */
    private static void forgetLikeAKilledProcess(EmbeddedPostgres pg) throws Exception {
        java.lang.reflect.Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
        lock.setAccessible(true);
        ((java.nio.channels.FileLock) lock.get(pg)).release();
        java.lang.reflect.Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
        stream.setAccessible(true);
        ((java.io.FileOutputStream) stream.get(pg)).close();
    }

    private static JdbcTemplate jdbc(EmbeddedPostgres pg) {
        DataSource ds = pg.getPostgresDatabase();
        return new JdbcTemplate(ds);
    }

    @Test
    void aSecondStartReusesTheDataOfTheFirst(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("postgres");
        try (EmbeddedPostgres first = start(data)) {
            jdbc(first).execute("create table kept(v text); insert into kept values ('acknowledged')");
        }
        try (EmbeddedPostgres second = start(data)) {
            assertThat(jdbc(second).queryForObject("select v from kept", String.class)).isEqualTo("acknowledged");
        }
    }

    @Test
    void aPersistentServerFlushesEveryCommitToDisk(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres pg = start(dir.resolve("postgres"))) {
            JdbcTemplate jdbc = jdbc(pg);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedAndItsDataReused(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("postgres");
        EmbeddedPostgres orphan = start(data);
        forgetLikeAKilledProcess(orphan);
        jdbc(orphan).execute("create table kept(v text); insert into kept values ('before the crash')");
        try (EmbeddedPostgres restarted = start(data)) {
            assertThat(jdbc(restarted).queryForObject("select v from kept", String.class)).isEqualTo("before the crash");
        }
    }
}
