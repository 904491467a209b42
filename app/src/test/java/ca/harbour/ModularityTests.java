package ca.harbour;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import ca.harbour.audit.Audit;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The modules as Spring Modulith finds them (one per package under {@code ca.harbour}); nothing here lists
 * them, so a new module is checked and documented from its first class.
 */
class ModularityTests {

    /**
     * The record-linkage engine ({@code ca.harbour.linkage}) is a library the application uses, built and checked
     * in its own Maven module with its own rules (a command-line tool may print to standard error): it is not one
     * of the application's modules.
     */
    private static final DescribedPredicate<JavaClass> LINKAGE_LIBRARY =
            JavaClass.Predicates.resideInAPackage("ca.harbour.linkage..");

    private static final ApplicationModules MODULES = ApplicationModules.of(HarbourApplication.class, LINKAGE_LIBRARY);

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/ca/harbour/linkage/"))
            .importPackages("ca.harbour");

    @Test
    void modulesRespectTheirBoundariesAndFormNoCycle() {
        MODULES.verify();
    }

    /**
     * Writes the module diagrams and canvases (AsciiDoc and PlantUML) to {@code docs/modules/} at the root of
     * the repository, replacing what was there: commit them with the change that altered a module.
     */
    @Test
    void writesTheModuleDocumentation() throws Exception {
        Path folder = repositoryRoot().resolve("docs/modules");
        useTheNewestJavadocIndex();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString())).writeDocumentation();
        sortRelations(folder);
        for (ApplicationModule module : MODULES) {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc"))
                    .exists();
        }
        assertThat(folder.resolve("all-docs.adoc")).exists();
        // the descriptions come from the modules' Javadoc: without them the pages lose what each module is for
        assertThat(folder.resolve("module-cases.adoc")).content().contains("|Description");
    }

    /**
     * Spring Modulith's annotation processor writes the Javadoc index under the working directory of the compiler,
     * which is the repository's root when Maven builds from there, while the Documenter reads it under the app
     * module's {@code target}. The newer of the two is copied where the Documenter looks.
     */
    private static void useTheNewestJavadocIndex() throws IOException {
        Path index = Path.of("generated-spring-modulith", "javadoc.json");
        Path here = Path.of("target").resolve(index).toAbsolutePath();
        Path root = repositoryRoot().resolve("target").resolve(index);
        if (Files.exists(root)
                && !root.equals(here)
                && (!Files.exists(here)
                        || Files.getLastModifiedTime(root).compareTo(Files.getLastModifiedTime(here)) > 0)) {
            Files.createDirectories(here.getParent());
            Files.copy(root, here, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theSharedKernelDependsOnNoApplicationModule() {
        for (ApplicationModule shared : MODULES.getSharedModules()) {
            assertThat(shared.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName))
                    .as("modules the shared kernel %s depends on", shared.getName())
                    .isEmpty();
        }
    }

    @Test
    void theAuditLogDoesNotKnowWhoUsesIt() {
        ApplicationModule audit = MODULES.getModuleByType(Audit.class).orElseThrow();
        assertThat(audit.getDirectDependencies(MODULES).uniqueModules())
                .as("modules the audit log depends on")
                .allMatch(MODULES.getSharedModules()::contains);
    }

    @Test
    void controllersLiveInWebPackagesOrTheModuleRoot() {
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .resideInAPackage("..internal..")
                .check(CLASSES);
        noClasses()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..internal..")
                .check(CLASSES);
    }

    @Test
    void noCodePrintsToStandardErrorOrUsesJavaUtilLogging() {
        noClasses().should().accessField(System.class, "err").check(CLASSES);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.util.logging")
                .check(CLASSES);
    }

    /**
     * The Documenter lists a diagram's relations and a canvas's bullet lists (events, listeners) in no fixed order;
     * sorted, they leave the files of unchanged modules unchanged, so the documentation only shows up in a commit
     * when a module changed.
     */
    private static void sortRelations(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    List<String> lines = Files.readAllLines(file);
                    Iterator<String> sorted = lines.stream()
                            .filter(l -> l.startsWith("Rel("))
                            .sorted()
                            .iterator();
                    Files.write(
                            file,
                            lines.stream()
                                    .map(l -> l.startsWith("Rel(") ? sorted.next() : l)
                                    .toList());
                } else if (file.toString().endsWith(".adoc")) {
                    Files.write(file, sortedBulletRuns(Files.readAllLines(file)));
                }
            }
        }
    }

    /** Each run of bullet lines ({@code |* a}, {@code * b}, ...) in sorted order, the cell's bar kept first. */
    private static List<String> sortedBulletRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            boolean cellStart = line.startsWith("|* ");
            if (!cellStart && !line.startsWith("* ")) {
                out.add(line);
                i++;
                continue;
            }
            List<String> run = new ArrayList<>();
            run.add(cellStart ? line.substring(1) : line);
            i++;
            while (i < lines.size() && lines.get(i).startsWith("* ")) {
                run.add(lines.get(i++));
            }
            run.sort(null);
            if (cellStart) {
                run.set(0, "|" + run.get(0));
            }
            out.addAll(run);
        }
        return out;
    }

    /** The folder of the Maven wrapper above the working directory (the app module when Maven runs the test). */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
            assertThat(dir).as("a folder with mvnw above the working directory").isNotNull();
        }
        return dir;
    }
}
