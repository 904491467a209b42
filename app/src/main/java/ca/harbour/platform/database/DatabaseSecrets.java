package ca.harbour.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded server's three roles: the superuser (only Harbour's own start-up uses it), the
 * schema owner (Flyway) and the application. They are generated once and kept in a file readable by the
 * owner only, next to the data they protect: whoever can read that file could read the data files anyway.
 *
 * @param superuser password of {@value EmbeddedRoles#SUPERUSER}
 * @param owner password of {@value EmbeddedRoles#OWNER}
 * @param app password of {@value EmbeddedRoles#APP}
 */
record DatabaseSecrets(String superuser, String owner, String app) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Fresh random passwords (32 bytes each), for a server whose data does not outlive the process. */
    static DatabaseSecrets generate() {
        return new DatabaseSecrets(randomPassword(), randomPassword(), randomPassword());
    }

    /**
     * Reads the secrets kept in {@code file}, or generates and writes them (mode 0600, written under another name
     * and moved into place, so a crash never leaves half a file). A file that exists is also narrowed to 0600 in
     * case it was copied with looser rights.
     *
     * @return the secrets, and whether they were created just now
     */
    static Loaded loadOrCreate(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            String superuser = p.getProperty("superuser");
            String owner = p.getProperty("owner");
            String app = p.getProperty("app");
            if (superuser == null || owner == null || app == null) {
                throw new IllegalStateException(file + " lacks one of superuser, owner, app; restore it from a backup");
            }
            return new Loaded(new DatabaseSecrets(superuser, owner, app), false);
        }
        PrivateFiles.directory(file.getParent());
        DatabaseSecrets secrets = generate();
        Properties p = new Properties();
        p.setProperty("superuser", secrets.superuser());
        p.setProperty("owner", secrets.owner());
        p.setProperty("app", secrets.app());
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            p.store(out, "Passwords of Harbour's embedded PostgreSQL roles; keep with the data directory, never share");
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return new Loaded(secrets, true);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Never print the passwords, even in a stack trace or a debugger's summary. */
    @Override
    public String toString() {
        return "DatabaseSecrets[hidden]";
    }

    /** Secrets read from (or just written to) their file. */
    record Loaded(DatabaseSecrets secrets, boolean created) {}
}
