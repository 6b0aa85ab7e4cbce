package vn.sohoa.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the module and package structure described in docs/ARCHITECTURE.md. */
class ArchitectureTest {

    private static final JavaClasses SOHOA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.sohoa");

    @Test
    void domain_classes_depend_on_neither_services_nor_api_nor_ui() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sohoa..service..", "vn.sohoa..api..", "vn.sohoa.ui..")
                .check(SOHOA);
    }

    @Test
    void services_do_not_depend_on_the_api_or_the_ui() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sohoa..api..", "vn.sohoa.ui..")
                .check(SOHOA);
    }

    @Test
    void the_platform_core_does_not_depend_on_the_modules_built_on_it() {
        noClasses().that().resideInAPackage("vn.sohoa.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sohoa.admin..", "vn.sohoa.ui..", "vn.sohoa.server..")
                .check(SOHOA);
    }

    @Test
    void the_web_ui_calls_services_never_the_rest_api() {
        noClasses().that().resideInAPackage("vn.sohoa.ui..")
                .should().dependOnClassesThat().resideInAPackage("vn.sohoa..api..")
                .check(SOHOA);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("vn.sohoa.(*).(*)..").should().beFreeOfCycles().check(SOHOA);
    }
}
