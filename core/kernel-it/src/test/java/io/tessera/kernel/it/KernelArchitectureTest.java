package io.tessera.kernel.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.tessera.sdk.TenantInstaller;
import io.tessera.sdk.TenantTask;
import io.tessera.sdk.TesseraModule;
import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.DomainEventListener;
import io.tessera.sdk.web.RowExport;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kernel's packages form no loop, and each depends only on the packages it declares here, in the style of Spring
 * Modulith's {@code allowedDependencies}; each package's role is in its {@code package-info.java}. A new kernel package
 * must be added here with its allowed dependencies, and an edge that closes a loop fails both rules. The kernel's
 * implementation of an SDK service interface is named after it: {@code <interface>Service}.
 */
class KernelArchitectureTest {

    /** The SDK's interfaces that plugins implement (the kernel calls them); every other one the kernel provides. */
    static final Set<String> EXTENSION_POINTS = Set.of(TesseraModule.class.getName(), TenantInstaller.class.getName(),
            TenantTask.class.getName(), DomainEvent.class.getName(), DomainEventListener.class.getName(),
            RowExport.Batches.class.getName());

    private static final String KERNEL = "io.tessera.kernel";

    /**
     * Which kernel packages each kernel package may use directly — read bottom-up: {@code migration} and {@code web}
     * use none, {@code security} (where a request is authenticated and bound) uses most.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("migration", Set.of()),
            Map.entry("cluster", Set.of()),
            Map.entry("web", Set.of()),
            Map.entry("plugin", Set.of("migration")),
            Map.entry("tenancy", Set.of("plugin")),
            Map.entry("access", Set.of("cluster", "plugin", "tenancy")),
            Map.entry("module", Set.of("access", "cluster", "plugin", "tenancy")),
            Map.entry("events", Set.of("module", "plugin", "tenancy")),
            Map.entry("audit", Set.of("events", "tenancy")),
            Map.entry("account", Set.of("access", "tenancy")),
            Map.entry("apikey", Set.of("access", "tenancy")),
            Map.entry("publickey", Set.of("access", "module", "tenancy")),
            Map.entry("config", Set.of("plugin", "tenancy")),
            Map.entry("openapi", Set.of("plugin")),
            Map.entry("party", Set.of("access", "migration", "plugin", "tenancy", "web")),
            Map.entry("platform", Set.of("access", "plugin")),
            Map.entry("webhook", Set.of("access", "events", "tenancy")),
            Map.entry("security", Set.of("access", "account", "apikey", "config", "module", "plugin", "publickey",
                    "tenancy", "web")));

    @Test
    void kernelPackagesHaveNoLoops() {
        noLoops(KERNEL).check(kernel());
    }

    @Test
    void kernelPackagesUseOnlyThePackagesTheyDeclare() {
        onlyAllowedDependencies(KERNEL, ALLOWED).check(kernel());
    }

    @Test
    void kernelImplementationsOfSdkServicesAreNamedAfterTheirInterface() {
        sdkServicesNamedAfterTheirInterface(KERNEL).check(kernel());
    }

    @Test
    void theNamingRuleFailsOnAMisnamedImplementation() {
        JavaClasses fixture = new ClassFileImporter().importPackages(KERNEL + ".it.archfixture");
        assertThatThrownBy(() -> sdkServicesNamedAfterTheirInterface(KERNEL + ".it.archfixture").check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("TenantOfTheFixture")
                .hasMessageContaining("CurrentTenantService");
    }

    @Test
    void bothPackageRulesFailOnAPackageLoop() {
        JavaClasses fixture = new ClassFileImporter().importPackages(KERNEL + ".it.archfixture");
        String root = KERNEL + ".it.archfixture";
        assertThatThrownBy(() -> noLoops(root).check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
        assertThatThrownBy(() -> onlyAllowedDependencies(root, Map.of("alpha", Set.of("beta"), "beta", Set.of())).check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Beta.name()").hasMessageContaining("Alpha.plain()");
        assertThatThrownBy(() -> onlyAllowedDependencies(root, Map.of("alpha", Set.of("beta"))).check(fixture))
                .as("a package without a declared role fails too")
                .isInstanceOf(AssertionError.class).hasMessageContaining("declares no allowed dependencies");
    }

    private static JavaClasses kernelClasses;

    /** The kernel's classes, imported once for the class's tests. */
    private static synchronized JavaClasses kernel() {
        if (kernelClasses == null) {
            kernelClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(KERNEL);
        }
        return kernelClasses;
    }

    static ArchRule noLoops(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    static ArchRule onlyAllowedDependencies(String root, Map<String, Set<String>> allowed) {
        return classes().should(new ArchCondition<JavaClass>("use only the " + root + " packages their package declares") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                String own = slice(root, owner.getPackageName());
                if (own == null) {
                    return;
                }
                if (!allowed.containsKey(own)) {
                    events.add(SimpleConditionEvent.violated(owner, "package " + root + "." + own
                            + " declares no allowed dependencies (" + owner.getName() + ")"));
                    return;
                }
                for (Dependency dependency : owner.getDirectDependenciesFromSelf()) {
                    String other = slice(root, dependency.getTargetClass().getPackageName());
                    if (other != null && !other.equals(own) && !allowed.get(own).contains(other)) {
                        events.add(SimpleConditionEvent.violated(dependency, own + " -> " + other + ": "
                                + dependency.getDescription()));
                    }
                }
            }
        });
    }

    static ArchRule sdkServicesNamedAfterTheirInterface(String root) {
        return classes().should(new ArchCondition<JavaClass>("be named <interface>Service when they implement an SDK service") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                if (!owner.getPackageName().startsWith(root + ".")) {
                    return;
                }
                for (JavaClass sdk : owner.getRawInterfaces()) {
                    String expected = sdk.getSimpleName() + "Service";
                    if (sdk.getPackageName().startsWith("io.tessera.sdk") && !EXTENSION_POINTS.contains(sdk.getName())
                            && !owner.getSimpleName().equals(expected)) {
                        events.add(SimpleConditionEvent.violated(owner, owner.getName() + " implements " + sdk.getName()
                                + " and should be named " + expected));
                    }
                }
            }
        });
    }

    /** The first package segment below the root, or {@code null} for the root package itself and classes outside. */
    private static String slice(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return null;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
