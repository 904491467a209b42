package ca.harbour.platform.crypto;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration that seals values still kept in clear with the application's {@link FieldCipher}.
 * It is Java, not SQL, because the keys never reach the database; it runs inside Flyway's transaction, so
 * the change is whole, happens once, and is done before anything reads the encrypted columns. Subclasses
 * are Spring beans (Boot hands every {@link JavaMigration} bean to Flyway) and give only their version, a
 * description and {@link #migrate}.
 */
public abstract class EncryptingMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected EncryptingMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    /** None: the ciphertexts differ on every run, and the migration runs once anyway. */
    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
