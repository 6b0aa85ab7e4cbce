package vn.sohoa.server;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the module and package structure described in docs/ARCHITECTURE.md. */
class ArchitectureTest {

    private static final JavaClasses SOHOA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.sohoa");

    private static final String KERNEL = "vn.sohoa.platform.tenancy";

    /** What the tenancy kernel offers everyone else; the rest of it is its own business. */
    private static final Set<String> KERNEL_API = Set.of(
            "domain.Access", "domain.Caller", "domain.Permission", "domain.Standing", "domain.Role",
            "domain.TenantScopedEntity", "domain.Tenant", "domain.TenantKind", "domain.TenantStatus",
            "domain.TenantSnapshot", "domain.TenantChanged", "domain.TenantsChanged", "domain.Membership",
            "domain.MembershipsChanged", "service.TenantGate", "service.TenantRoute");

    /**
     * The few places that reach further into the kernel, each for a reason of its own: restructuring points
     * one transaction at several tenants; the tenant list and import check many tenants against a person's
     * memberships at once; the demo data works as the platform, without a request; the web UI's one door
     * into tenants lists a person's tenants. Nothing else may join this list without a reason like these.
     */
    private static final Map<String, Set<String>> KERNEL_INTERNALS_ALLOWED = Map.of(
            "vn.sohoa.admin.restructuring.service", Set.of("service.TenantSwitch"),
            "vn.sohoa.admin.tenants.service", Set.of("service.MembershipGrants", "domain.MembershipGrant"),
            "vn.sohoa.server.demo", Set.of("service.TenantWork", "service.TenantDirectory"),
            "vn.sohoa.ui.tenancy", Set.of("service.MembershipGrants", "domain.MembershipGrant"));

    /** Packages every feature may use: the kernel's API (held by the rule above) and the shared plumbing. */
    private static final List<String> SHARED = List.of(KERNEL + "..", "vn.sohoa.platform.problem..",
            "vn.sohoa.platform.paging..", "vn.sohoa.platform.validation..", "vn.sohoa.platform.http..",
            "vn.sohoa.platform.files..", "vn.sohoa.platform.calendar..", "vn.sohoa.platform.idempotency..",
            "vn.sohoa.platform.cluster..");

    /** Each feature package and the features it builds on; a feature never reaches into any other. */
    private static final Map<String, List<String>> FEATURES = Map.ofEntries(
            Map.entry("vn.sohoa.platform.units", List.of()),
            Map.entry("vn.sohoa.platform.categories", List.of()),
            Map.entry("vn.sohoa.platform.audit", List.of()),
            Map.entry("vn.sohoa.platform.teams", List.of("vn.sohoa.platform.units")),
            Map.entry("vn.sohoa.platform.support", List.of("vn.sohoa.platform.teams")),
            Map.entry("vn.sohoa.platform.pilots", List.of("vn.sohoa.platform.units")),
            Map.entry("vn.sohoa.platform.training", List.of()),
            Map.entry("vn.sohoa.platform.certificates", List.of("vn.sohoa.platform.training")),
            Map.entry("vn.sohoa.platform.indicators", List.of("vn.sohoa.platform.teams", "vn.sohoa.platform.support",
                    "vn.sohoa.platform.pilots", "vn.sohoa.platform.training")),
            Map.entry("vn.sohoa.platform.monitoring", List.of("vn.sohoa.platform.teams", "vn.sohoa.platform.support",
                    "vn.sohoa.platform.categories", "vn.sohoa.platform.pilots", "vn.sohoa.platform.training", "vn.sohoa.platform.certificates",
                    "vn.sohoa.platform.indicators")),
            Map.entry("vn.sohoa.admin.members", List.of()),
            Map.entry("vn.sohoa.admin.settings", List.of()),
            Map.entry("vn.sohoa.admin.tenants", List.of()),
            Map.entry("vn.sohoa.admin.restructuring", List.of("vn.sohoa.admin.tenants")));

    @Test
    void other_packages_use_only_the_public_api_of_the_tenancy_kernel() {
        classes().that().resideOutsideOfPackage(KERNEL + "..")
                .should(new ArchCondition<JavaClass>("use only the tenancy kernel's public API") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Set<String> allowed = KERNEL_INTERNALS_ALLOWED.getOrDefault(origin.getPackageName(), Set.of());
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getBaseComponentType().getName();
                            if (target.startsWith(KERNEL + ".")) {
                                String type = target.substring(KERNEL.length() + 1).replaceAll("\\$.*", "");
                                if (!KERNEL_API.contains(type) && !allowed.contains(type)) {
                                    events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                                }
                            }
                        }
                    }
                })
                .check(SOHOA);
    }

    @Test
    void the_kernel_knows_no_feature_and_so_none_of_their_permissions() {
        noClasses().that().resideInAPackage(KERNEL + "..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        FEATURES.keySet().stream().map(feature -> feature + "..").toArray(String[]::new))
                .check(SOHOA);
    }

    @Test
    void each_feature_depends_only_on_the_kernel_the_shared_plumbing_its_own_package_and_what_it_builds_on() {
        FEATURES.forEach((feature, buildsOn) -> {
            String[] allowed = Stream.of(List.of(feature + ".."), SHARED, buildsOn.stream().map(f -> f + "..").toList())
                    .flatMap(List::stream).toArray(String[]::new);
            noClasses().that().resideInAPackage(feature + "..")
                    .should().dependOnClassesThat(resideInAPackage("vn.sohoa..").and(resideOutsideOfPackages(allowed)))
                    .check(SOHOA);
        });
    }

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

    /**
     * The UI calls services, never the REST resources. It reads the API's request records (records, never
     * resources) only for their Bean Validation constraints, so that its forms check what the API checks.
     */
    @Test
    void the_web_ui_calls_services_never_the_rest_api() {
        noClasses().that().resideInAPackage("vn.sohoa.ui..")
                .should().dependOnClassesThat(resideInAPackage("vn.sohoa..api..").and(not(assignableTo(Record.class))))
                .check(SOHOA);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("vn.sohoa.(*).(*)..").should().beFreeOfCycles().check(SOHOA);
    }
}
