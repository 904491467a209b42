package ca.harbour.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The embedded database keeps its data across restarts, including after the application was killed, and syncs commits. */
class EmbeddedDatabaseTests {

    private static EmbeddedDatabase start(Path dataDir) throws Exception {
        return EmbeddedServer.persistent(dataDir, freePort());
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * What a kill -9 of Harbour leaves behind: the server still running, and no JVM holding the
     * data directory's lock (the operating system releases it with the dead process).
     */
    private static void forgetLikeAKilledProcess(EmbeddedDatabase db) throws Exception {
        EmbeddedPostgres pg = db.server();
        Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
        lock.setAccessible(true);
        ((FileLock) lock.get(pg)).release();
        Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
        stream.setAccessible(true);
        ((FileOutputStream) stream.get(pg)).close();
    }

    /** As the schema owner, who may create the tables these tests keep. */
    private static JdbcTemplate jdbc(EmbeddedDatabase db) {
        return new JdbcTemplate(new DriverManagerDataSource(
                db.url(), EmbeddedServer.OWNER, db.secrets().owner()));
    }

    @Test
    void aSecondStartReusesTheDataOfTheFirst(@TempDir Path dir) throws Exception {
        Path data = dir;
        try (EmbeddedDatabase first = start(data)) {
            jdbc(first).execute("create table kept(v text); insert into kept values ('acknowledged')");
        }
        try (EmbeddedDatabase second = start(data)) {
            assertThat(jdbc(second).queryForObject("select v from kept", String.class))
                    .isEqualTo("acknowledged");
        }
    }

    @Test
    void aPersistentServerFlushesEveryCommitToDisk(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase pg = start(dir)) {
            JdbcTemplate jdbc = jdbc(pg);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class))
                    .isEqualTo("on");
            assertThat(jdbc.queryForObject("show full_page_writes", String.class))
                    .isEqualTo("on");
        }
    }

    @Test
    void aPersistentServerGetsBuffersSizedToTheMachineAndFewForcedCheckpoints(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase pg = start(dir)) {
            JdbcTemplate jdbc = jdbc(pg);
            long physical = ((com.sun.management.OperatingSystemMXBean)
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getTotalMemorySize();
            long mb = jdbc.queryForObject(
                    "select setting::bigint * 8 / 1024 from pg_settings where name = 'shared_buffers'", Long.class);
            assertThat(mb).isEqualTo(EmbeddedServer.sharedBuffersMb(physical));
            assertThat(jdbc.queryForObject("show max_wal_size", String.class)).isEqualTo("8GB");
        }
    }

    @Test
    void buffersAreAQuarterOfTheMemoryWithinPostgresDefaultAndEightGigabytes() {
        long gb = 1024L * 1024 * 1024;
        assertThat(EmbeddedServer.sharedBuffersMb(24 * gb)).isEqualTo(6 * 1024);
        assertThat(EmbeddedServer.sharedBuffersMb(2 * gb)).isEqualTo(512);
        assertThat(EmbeddedServer.sharedBuffersMb(gb / 4)).isEqualTo(128);
        assertThat(EmbeddedServer.sharedBuffersMb(256 * gb)).isEqualTo(8 * 1024);
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedAndItsDataReused(@TempDir Path dir) throws Exception {
        Path data = dir;
        EmbeddedDatabase orphan = start(data);
        forgetLikeAKilledProcess(orphan);
        jdbc(orphan).execute("create table kept(v text); insert into kept values ('before the crash')");
        try (EmbeddedDatabase restarted = start(data)) {
            assertThat(jdbc(restarted).queryForObject("select v from kept", String.class))
                    .isEqualTo("before the crash");
        }
    }
}
