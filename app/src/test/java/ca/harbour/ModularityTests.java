package ca.harbour;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ca.harbour");

    @Test
    void modulesRespectTheirBoundariesAndFormNoCycle() {
        ApplicationModules.of(HarbourApplication.class).verify();
    }

    @Test
    void thePlatformKernelDependsOnNoApplicationModule() {
        noClasses().that().resideInAPackage("ca.harbour.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.harbour.identity..", "ca.harbour.audit..",
                        "ca.harbour.portal..")
                .check(CLASSES);
    }

    @Test
    void theAuditLogDoesNotKnowWhoUsesIt() {
        noClasses().that().resideInAPackage("ca.harbour.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("ca.harbour.identity..", "ca.harbour.portal..")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackagesOrTheModuleRoot() {
        noClasses().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().resideInAPackage("..internal..").check(CLASSES);
        noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAPackage("..internal..").check(CLASSES);
    }

    @Test
    void noCodePrintsToStandardErrorOrUsesJavaUtilLogging() {
        noClasses().should().accessField(System.class, "err").check(CLASSES);
        noClasses().should().dependOnClassesThat().resideInAPackage("java.util.logging").check(CLASSES);
    }
}
