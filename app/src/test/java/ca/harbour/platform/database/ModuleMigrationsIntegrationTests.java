package ca.harbour.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.harbour.support.HarbourTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flyway reads one folder per module, each declared by exactly one module, in version order; and a database
 * migrated by earlier Harbours, whose migrations lay in one flat folder and were applied out of order, starts
 * with these folders unchanged (Flyway keys its history on version, description and checksum, not on folders).
 * The earlier databases are built in schemas of their own, from the same SQL files copied into one flat folder.
 */
@HarbourTest
class ModuleMigrationsIntegrationTests {

    /** Migrations added after the first release: a database of that release lacks them below its newest (V5_0). */
    private static final Set<String> AFTER_FIRST_RELEASE = Set.of("V1_4", "V1_5", "V1_6", "V3_4", "V4_6");

    @Autowired
    Flyway flyway;

    @Autowired
    FlywayMigrationStrategy startup;

    @Autowired
    List<ModuleMigrations> modules;

    @Test
    void everyMigrationFolderIsReadByFlywayAndDeclaredByExactlyOneModule() throws IOException {
        Set<String> folders = new TreeSet<>();
        for (Resource file : migrationFiles()) {
            String path = relativePath(file);
            assertThat(path).as("%s must be in its module's folder", path).matches("[^/]+/[^/]+");
            folders.add(path.substring(0, path.indexOf('/')));
        }
        assertThat(folders).contains("platform", "identity", "audit");
        assertThat(modules)
                .extracting(ModuleMigrations::folder)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(folders);
        assertThat(flyway.getConfiguration().getLocations())
                .extracting(Location::getDescriptor)
                .containsExactlyInAnyOrderElementsOf(
                        folders.stream().map(f -> "classpath:db/migration/" + f).toList());
        assertThat(flyway.getConfiguration().isOutOfOrder()).isFalse();
    }

    @Test
    void twoModulesCannotDeclareOneFolder() {
        assertThatThrownBy(() -> ModuleMigrationsConfiguration.locations(
                        List.of(new ModuleMigrations("intake"), new ModuleMigrations("intake"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("db/migration/intake");
    }

    @Test
    void aDatabaseMigratedFromTheOldFlatFolderStartsWithTheModuleFolders(@TempDir Path dir) throws IOException {
        Path firstRelease = copyFlat(dir.resolve("first"), true);
        Path flat = copyFlat(dir.resolve("last"), false);
        String schema = "flat_layout_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            // as most databases were made: by the first release, then upgraded by the last flat one, out of order
            oldHarbour(firstRelease, schema).javaMigrations().load().migrate();
            oldHarbour(flat, schema).load().migrate();
            assertThat(Arrays.stream(oldHarbour(flat, schema).load().info().applied())
                            .map(MigrationInfo::getState)
                            .map(Object::toString))
                    .contains("OUT_OF_ORDER");
            int applied = history(schema);

            Flyway current = current(schema);
            current.validate();
            startup.migrate(current);

            assertThat(history(schema)).isEqualTo(applied);
            assertThat(current.info().pending()).isEmpty();
        } finally {
            owner().execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void aDatabaseOfTheFirstReleaseCatchesUpOnTheVersionsNumberedByModule(@TempDir Path flat) throws IOException {
        copyFlat(flat.resolve("first"), true);
        String schema = "first_release_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            oldHarbour(flat.resolve("first"), schema).javaMigrations().load().migrate();

            Flyway current = current(schema);
            assertThatThrownBy(current::validate)
                    .as("in order only, V1_4 below V5_0 would stop the start")
                    .isInstanceOf(FlywayException.class);
            startup.migrate(current);

            assertThat(current.info().pending()).isEmpty();
            assertThat(Arrays.stream(current.info().applied())
                            .map(MigrationInfo::getVersion)
                            .filter(Objects::nonNull)
                            .map(Object::toString))
                    .contains("1.4", "1.5", "1.6", "3.4", "4.5", "4.6", "5.1");
            current.validate();
        } finally {
            owner().execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** Earlier Harbours: every migration in one folder, applied out of order. */
    private FluentConfiguration oldHarbour(Path flat, String schema) {
        return Flyway.configure()
                .configuration(flyway.getConfiguration())
                .schemas(schema)
                .locations("filesystem:" + flat)
                .outOfOrder(true);
    }

    private Flyway current(String schema) {
        return Flyway.configure()
                .configuration(flyway.getConfiguration())
                .schemas(schema)
                .load();
    }

    private int history(String schema) {
        return owner().queryForObject("select count(*) from " + schema + ".flyway_schema_history", Integer.class);
    }

    private JdbcTemplate owner() {
        return new JdbcTemplate(flyway.getConfiguration().getDataSource());
    }

    private static Path copyFlat(Path flat, boolean firstReleaseOnly) throws IOException {
        Files.createDirectories(flat);
        for (Resource file : migrationFiles()) {
            String name = file.getFilename();
            if (firstReleaseOnly && AFTER_FIRST_RELEASE.contains(name.substring(0, 4))) {
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, flat.resolve(name));
            }
        }
        return flat;
    }

    /**
     * The migrations in the project's sources, not on the class path: a build folder kept from before the files
     * moved into module folders still holds the old flat copies, which are no part of the project.
     */
    private static List<Resource> migrationFiles() throws IOException {
        List<Resource> files = new ArrayList<>();
        Path sources = Path.of("src/main/resources", ModuleMigrations.ROOT).toAbsolutePath();
        assertThat(sources).as("the tests run in the app module's folder").isDirectory();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("file:" + sources + "/**/*")) {
            if (r.isReadable() && !r.getURL().toString().endsWith("/")) {
                files.add(r);
            }
        }
        return files;
    }

    private static String relativePath(Resource file) throws IOException {
        String url = file.getURL().toString();
        String root = "/" + ModuleMigrations.ROOT + "/";
        return url.substring(url.lastIndexOf(root) + root.length());
    }
}
