package ca.harbour.platform.database;

import org.springframework.modulith.NamedInterface;

/**
 * A module's Flyway migrations: the SQL files in {@code db/migration/<folder>} on the class path. Each module
 * that owns tables declares one as a bean; {@link ModuleMigrationsConfiguration} gives them all to Flyway, so no
 * central list names the modules. Java migrations are beans of their own (see the crypto package's
 * {@code EncryptingMigration}) and need no folder.
 *
 * <p><b>Numbering.</b> Versions are global across modules and only grow: a new migration, whichever module it
 * belongs to, takes the next major version after the highest anywhere (SQL or Java), {@code V6_0__...} after
 * {@code V5_1}, then {@code V7_0__...}. Flyway applies them in version order and refuses to start when one is
 * lower than the newest already applied (out-of-order is off), so two changes that picked the same or a lower
 * number fail loudly instead of one of them being skipped. The versions up to
 * {@link OrderedMigration#LAST_NUMBERED_BY_MODULE} were numbered by module before this rule (V1 platform,
 * identity and audit, V3 directory, V4 intake, V5 screening); {@link OrderedMigration} lets a database made
 * before them catch up.
 *
 * @param folder the folder under {@code db/migration}, named after the module: lower case letters and digits
 */
@NamedInterface("database")
public record ModuleMigrations(String folder) {

    /** Where every module's folder lives on the class path. */
    public static final String ROOT = "db/migration";

    public ModuleMigrations {
        if (!folder.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("A migration folder is a module's name in lower case: " + folder);
        }
    }

    /** The Flyway location of this module's migrations. */
    public String location() {
        return "classpath:" + ROOT + "/" + folder;
    }
}
