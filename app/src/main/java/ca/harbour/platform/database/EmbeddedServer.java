package ca.harbour.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL so that no one but Harbour can use it: it listens on 127.0.0.1 only, its Unix
 * socket lives in a directory only this operating-system user may enter, and every connection, even over that
 * socket, needs a password (SCRAM) from {@link DatabaseSecrets}. Harbour then connects as
 * {@value #APP}, which owns nothing; Flyway as {@value #OWNER}; the superuser only sets the two up.
 *
 * <p>A data directory from before this (trust authentication, everything owned by {@value #SUPERUSER}) is
 * secured at its first start: the superuser is trusted only on the private socket until it has its password, TCP
 * asks for a password from the first moment, and its objects are given to the owner.
 */
final class EmbeddedServer {

    static final String SUPERUSER = "postgres";
    static final String OWNER = "harbour_owner";
    static final String APP = "harbour_app";
    static final String DATABASE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    /** Rewritten at every start, so a hand-edited or old file with {@code trust} never survives a restart. */
    static final String HBA = """
            # Written by Harbour at every start: passwords (SCRAM) only, on its private socket and on 127.0.0.1.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            """;

    /** Only while securing a data directory from before passwords: trust on the private socket, never over TCP. */
    private static final String HBA_WHILE_SECURING = """
            # Written by Harbour while it sets the superuser's first password; replaced by the file above at once.
            local all postgres trust
            host  all all 127.0.0.1/32 scram-sha-256
            """;

    /** The longest socket path the kernel accepts is 107 bytes, socket file name included. */
    private static final int MAX_SOCKET_PATH = 107;

    private EmbeddedServer() {}

    /**
     * A server on {@code dataDir/postgres}, its secrets in {@code dataDir/keys/database.properties} and its socket
     * in {@code dataDir/socket}.
     */
    static EmbeddedDatabase persistent(Path dataDir, int port) throws IOException {
        Path pgdata = dataDir.resolve("postgres");
        StaleServer.stopIfRunning(pgdata);
        DatabaseSecrets.Loaded loaded = DatabaseSecrets.loadOrCreate(dataDir.resolve("keys/database.properties"));
        Path socket = socketDirectory(dataDir.resolve("socket"), port);
        boolean existing = Files.isRegularFile(pgdata.resolve("postgresql.conf"));
        boolean securing = existing
                && (loaded.created()
                        || !Files.readString(pgdata.resolve("pg_hba.conf")).equals(HBA));
        if (securing) {
            log.warn(
                    "Securing the embedded database in {}: password authentication and separate roles from now on",
                    pgdata);
        }
        // recovery after a crash replays the write-ahead log first, which can take longer than the library's 10 s
        EmbeddedPostgres.Builder builder = base().setPGStartupWait(Duration.ofSeconds(120))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // PostgreSQL's defaults (128 MB of buffers, a checkpoint per 1 GB of log or 5 minutes) suit a
                // laptop; a bulk import of ads outgrew the buffers and rewrote whole pages after every checkpoint
                .setServerConfig("shared_buffers", sharedBuffersMb(physicalMemory()) + "MB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "15min")
                .setDataDirectory(pgdata)
                .setCleanDataDirectory(false)
                .setPort(port);
        return start(builder, pgdata, existing, securing, loaded.secrets(), socket, false);
    }

    /**
     * The embedded server's buffers: a quarter of the machine's memory, the starting point PostgreSQL's manual
     * gives for a server of its own ("Resource Consumption"), at least the 128 MB of its default and at most 8 GB.
     * On our 24 GB machines the million synthetic ads of the intelligence benchmark (a few GB of tables and
     * indexes) stay in them.
     */
    static long sharedBuffersMb(long physicalBytes) {
        long quarter = physicalBytes / 4 / (1024 * 1024);
        return Math.max(128, Math.min(8 * 1024, quarter));
    }

    private static long physicalMemory() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }

    /** A throw-away server (tests): its data, socket and secrets vanish with it, but its roles are the same. */
    static EmbeddedDatabase ephemeral() throws IOException {
        Path pgdata = Files.createTempDirectory("harbour-db");
        Path socket = Files.createTempDirectory("harbour-db-socket");
        EmbeddedPostgres.Builder builder = base().setDataDirectory(pgdata).setCleanDataDirectory(true);
        return start(builder, pgdata, false, false, DatabaseSecrets.generate(), PrivateFiles.directory(socket), true);
    }

    /**
     * Spring closes the server after every bean that uses it; the library's own shutdown hook would
     * stop it concurrently, under the beans that still write on their way out (30 s of waiting).
     */
    private static EmbeddedPostgres.Builder base() {
        return EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8")
                .setRegisterShutdownHook(false);
    }

    private static EmbeddedDatabase start(
            EmbeddedPostgres.Builder builder,
            Path pgdata,
            boolean existing,
            boolean securing,
            DatabaseSecrets secrets,
            Path socket,
            boolean ephemeral)
            throws IOException {
        builder.setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", socket.toString())
                .setServerConfig("unix_socket_permissions", "0700")
                .setServerConfig("password_encryption", "scram-sha-256");
        if (securing) {
            // the superuser has no password yet: the library's readiness check and the first statements go over
            // the private socket, the only place it is trusted, and only until the final file is loaded
            Files.writeString(pgdata.resolve("pg_hba.conf"), HBA_WHILE_SECURING, StandardCharsets.UTF_8);
            builder.setConnectConfig("socketFactory", UnixSocketFactory.class.getName())
                    .setConnectConfig("socketFactoryArg", socket.toString());
        } else {
            // the library checks that the server is up by connecting as the superuser: with its password now
            builder.setConnectConfig("password", secrets.superuser());
        }
        Path passwordFile = null;
        if (existing && !securing) {
            Files.writeString(pgdata.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } else if (!existing) {
            // the library runs initdb with "-A trust"; its locale options are initdb's last arguments, so these win
            passwordFile = Files.createTempFile(
                    socket,
                    "initdb",
                    ".password",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(passwordFile, secrets.superuser() + "\n", StandardCharsets.UTF_8);
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        }
        EmbeddedPostgres server;
        try {
            server = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        EmbeddedDatabase database = new EmbeddedDatabase(server, secrets, ephemeral ? socket : null);
        try {
            if (securing) {
                try (Connection c = server.getPostgresDatabase().getConnection()) {
                    c.unwrap(PGConnection.class)
                            .alterUserPassword(SUPERUSER, secrets.superuser().toCharArray(), "scram-sha-256");
                }
            }
            try (Connection c = DriverManager.getConnection(database.url(), SUPERUSER, secrets.superuser())) {
                if (!existing || securing) {
                    Files.writeString(pgdata.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
                    try (Statement s = c.createStatement()) {
                        s.execute("select pg_reload_conf()");
                    }
                }
                DatabaseRoles.provision(c, OWNER, secrets.owner(), APP, secrets.app());
            }
        } catch (SQLException | IOException | RuntimeException e) {
            database.close();
            throw new IOException("Could not set up the roles of the embedded database", e);
        }
        return database;
    }

    /** {@code preferred} as a private directory, or a private temporary one where its path is too long for a socket. */
    private static Path socketDirectory(Path preferred, int port) throws IOException {
        Path dir = preferred.toAbsolutePath().normalize();
        if (dir.toString().length()
                        + "/.s.PGSQL.".length()
                        + Integer.toString(port).length()
                > MAX_SOCKET_PATH) {
            log.info("The data directory's path is too long for a socket; the database's socket is in a private "
                    + "temporary directory instead");
            return PrivateFiles.directory(Files.createTempDirectory("harbour-db-socket"));
        }
        return PrivateFiles.directory(dir);
    }
}
