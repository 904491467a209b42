package ca.harbour.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded database is Harbour's alone: no other operating-system user of the machine can connect to it,
 * over TCP or over its socket; every connection needs a password kept in a file only its owner reads; and a data
 * directory from before all this is secured at its next start without losing its data.
 */
class EmbeddedDatabaseSecurityTests {

    private static JdbcTemplate as(EmbeddedDatabase db, String role, String password) {
        return new JdbcTemplate(new DriverManagerDataSource(db.url(), role, password));
    }

    private static JdbcTemplate superuser(EmbeddedDatabase db) {
        return as(db, EmbeddedServer.SUPERUSER, db.secrets().superuser());
    }

    @Test
    void theSocketDirectoryAndTheSecretsFileAreTheOwnersAloneAndNothingIsTrusted(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedServer.persistent(dir, EmbeddedDatabaseTests.freePort())) {
            JdbcTemplate jdbc = superuser(db);
            Path socket = Path.of(jdbc.queryForObject("show unix_socket_directories", String.class));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)))
                    .isEqualTo("rwx------");
            assertThat(socket).isEqualTo(dir.resolve("socket"));
            Path secrets = dir.resolve("keys/database.properties");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
                    .isEqualTo("rw-------");
            assertThat(jdbc.queryForObject("show listen_addresses", String.class))
                    .isEqualTo("127.0.0.1");
            assertThat(jdbc.queryForList("select auth_method from pg_hba_file_rules", String.class))
                    .isNotEmpty()
                    .containsOnly("scram-sha-256");
            assertThatThrownBy(() -> DriverManager.getConnection(db.url(), EmbeddedServer.SUPERUSER, "")
                            .close())
                    .hasMessageContaining("password");
        }
    }

    @Test
    void anotherOperatingSystemUserCannotConnectOverTcpNorOverTheSocket(@TempDir Path dir) throws Exception {
        assumeTrue(
                "root".equals(System.getProperty("user.name")),
                "skipped: only root can run psql as another user (nobody) here");
        assumeTrue(
                run(List.of("runuser", "-u", "nobody", "--", "psql", "--version"))
                                .exit()
                        == 0,
                "skipped: runuser, the user nobody or psql is missing");
        // everyone may enter the data directory itself, so only the socket directory's own mode can keep nobody out
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        int port = EmbeddedDatabaseTests.freePort();
        try (EmbeddedDatabase db = EmbeddedServer.persistent(dir, port)) {
            String socket = superuser(db).queryForObject("show unix_socket_directories", String.class);
            assertThat(run(List.of("runuser", "-u", "nobody", "--", "test", "-x", dir.toString()))
                            .exit())
                    .isZero();
            // refused by the server for want of a password (TCP), or by the kernel at the socket's directory
            Map<String, String> refusals = Map.of("127.0.0.1", "no password supplied", socket, "Permission denied");
            for (Map.Entry<String, String> refusal : refusals.entrySet()) {
                Result psql = run(List.of(
                        "runuser",
                        "-u",
                        "nobody",
                        "--",
                        "psql",
                        "-X",
                        "-w",
                        "-h",
                        refusal.getKey(),
                        "-p",
                        Integer.toString(port),
                        "-U",
                        EmbeddedServer.SUPERUSER,
                        "-d",
                        "postgres",
                        "-c",
                        "select 1"));
                assertThat(psql.exit())
                        .as("psql as nobody via %s: %s", refusal.getKey(), psql.output())
                        .isNotZero();
                assertThat(psql.output()).contains(refusal.getValue());
            }
        }
    }

    @Test
    void aDataDirectoryFromBeforePasswordsIsSecuredAtItsNextStartAndKeepsItsData(@TempDir Path dir) throws Exception {
        int port = EmbeddedDatabaseTests.freePort();
        // what earlier Harbour versions left: initdb with trust, the superuser owning everything
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .start()) {
            new JdbcTemplate(old.getPostgresDatabase())
                    .execute("create table kept(v text); insert into kept values ('from before')");
        }
        assertThat(Files.readString(dir.resolve("postgres/pg_hba.conf"), StandardCharsets.UTF_8))
                .contains("trust");
        try (EmbeddedDatabase db = EmbeddedServer.persistent(dir, port)) {
            JdbcTemplate superuser = superuser(db);
            assertThat(superuser.queryForList("select auth_method from pg_hba_file_rules", String.class))
                    .containsOnly("scram-sha-256");
            assertThat(superuser.queryForObject(
                            "select tableowner from pg_tables where tablename = 'kept'", String.class))
                    .isEqualTo(EmbeddedServer.OWNER);
            assertThat(as(db, EmbeddedServer.OWNER, db.secrets().owner())
                            .queryForObject("select v from kept", String.class))
                    .isEqualTo("from before");
            assertThat(as(db, EmbeddedServer.APP, db.secrets().app())
                            .queryForObject("select current_user", String.class))
                    .isEqualTo(EmbeddedServer.APP);
        }
        // and the start after that needs no more securing: the same secrets still open it
        try (EmbeddedDatabase again = EmbeddedServer.persistent(dir, port)) {
            assertThat(as(again, EmbeddedServer.OWNER, again.secrets().owner())
                            .queryForObject("select v from kept", String.class))
                    .isEqualTo("from before");
        }
    }

    @Test
    void theThrowAwayServerOfTheTestsHasTheSameRolesAndAPrivateSocket() throws Exception {
        Path socket;
        try (EmbeddedDatabase db = EmbeddedServer.ephemeral()) {
            JdbcTemplate app = as(db, EmbeddedServer.APP, db.secrets().app());
            assertThat(app.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                    .isFalse();
            socket = Path.of(superuser(db).queryForObject("show unix_socket_directories", String.class));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)))
                    .isEqualTo("rwx------");
            assertThat(superuser(db).queryForList("select auth_method from pg_hba_file_rules", String.class))
                    .containsOnly("scram-sha-256");
        }
        assertThat(socket).doesNotExist();
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(127, e.getMessage());
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, output + " (did not finish)");
        }
        return new Result(p.exitValue(), output);
    }
}
