package ca.harbour.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A running embedded server and the passwords of its roles.
 *
 * @param server the server process
 * @param secrets passwords of the superuser, the schema owner and the application's role
 * @param temporarySocketDirectory a socket directory to remove when the server stops, or null
 */
record EmbeddedDatabase(EmbeddedPostgres server, DatabaseSecrets secrets, Path temporarySocketDirectory)
        implements Closeable {

    /** The JDBC URL of Harbour's database, over TCP on 127.0.0.1 (never "localhost", which may mean ::1). */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + EmbeddedServer.DATABASE;
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (temporarySocketDirectory != null) {
            Files.deleteIfExists(temporarySocketDirectory);
        }
    }
}
