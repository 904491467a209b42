package ca.harbour.platform.database;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates in version order, out-of-order off (see {@link ModuleMigrations} for the numbering rule), with one
 * allowance for databases made before that rule. Until version {@link #LAST_NUMBERED_BY_MODULE} each module
 * numbered its own migrations and Harbour applied them out of order, so a database made by an earlier version
 * may lack some of them below the newest it has (V1_4 after V5_0, or the encrypting V4_5 and V5_1). Flyway
 * would refuse to start on those; instead they are applied first, out of order and only up to that version,
 * in a migration of their own. Any later gap still stops the start.
 */
final class OrderedMigration implements FlywayMigrationStrategy {

    static final MigrationVersion LAST_NUMBERED_BY_MODULE = MigrationVersion.fromVersion("5.1");

    @Override
    public void migrate(Flyway flyway) {
        if (Arrays.stream(flyway.info().all()).anyMatch(OrderedMigration::skippedBeforeTheRule)) {
            Flyway.configure(flyway.getConfiguration().getClassLoader())
                    .configuration(flyway.getConfiguration())
                    .outOfOrder(true)
                    .target(LAST_NUMBERED_BY_MODULE)
                    .load()
                    .migrate();
        }
        flyway.migrate();
    }

    private static boolean skippedBeforeTheRule(MigrationInfo migration) {
        return migration.getState() == MigrationState.IGNORED
                && migration.getVersion() != null
                && migration.getVersion().compareTo(LAST_NUMBERED_BY_MODULE) <= 0;
    }
}
