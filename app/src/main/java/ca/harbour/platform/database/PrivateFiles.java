package ca.harbour.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Directories only the process's own operating-system user may enter. */
final class PrivateFiles {

    private PrivateFiles() {}

    /**
     * Creates {@code dir} (and its parents) if needed and sets it to mode 0700, whatever it was: a directory
     * that others can enter would expose the socket or secrets inside it.
     */
    static Path directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        return dir;
    }
}
