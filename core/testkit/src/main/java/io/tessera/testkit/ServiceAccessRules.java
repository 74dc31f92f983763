package io.tessera.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.tessera.sdk.security.RequiresPermission;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The architecture rule that keeps service permission checks complete: every non-private method that a
 * Spring {@code @Transactional} (on the method or its class) makes a writing transaction — not
 * {@code readOnly}, not {@code MANDATORY} (which only joins a transaction an already checked entry point
 * began) — in a class that is neither a controller (checked per request) nor a Vaadin component (checked
 * per route) must declare {@link RequiresPermission} on the method or its class.
 *
 * <p>In a plugin's tests, one line: {@code ServiceAccessRules.check("io.tessera.plugins.<id>");}
 */
public final class ServiceAccessRules {

    private static final String JAKARTA_TRANSACTIONAL = "jakarta.transaction.Transactional";

    private ServiceAccessRules() {
    }

    /**
     * The rule, to check against classes of your choosing.
     *
     * @return the rule
     */
    public static ArchRule writingServiceMethodsDeclareAPermission() {
        return methods().that(writeTransactional()).and(inAService())
                .should(declareAPermission())
                .allowEmptyShould(true)
                .because("a data-changing service method without @RequiresPermission could be called by anyone "
                        + "(deny by default)");
    }

    /**
     * Checks the rule against the production classes (not tests) of the given packages.
     *
     * @param packages the packages, e.g. {@code io.tessera.plugins.accounting}
     * @throws AssertionError naming every method that breaks the rule
     */
    public static void check(String... packages) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages);
        writingServiceMethodsDeclareAPermission().check(classes);
    }

    private static DescribedPredicate<JavaMethod> writeTransactional() {
        return DescribedPredicate.describe("are non-private and @Transactional for writing", method -> {
            if (method.getModifiers().contains(JavaModifier.PRIVATE) || method.getModifiers().contains(JavaModifier.STATIC)
                    || method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                return false;
            }
            Optional<Transactional> tx = method.tryGetAnnotationOfType(Transactional.class)
                    .or(() -> method.getOwner().tryGetAnnotationOfType(Transactional.class));
            boolean jakarta = method.isAnnotatedWith(JAKARTA_TRANSACTIONAL) || method.getOwner().isAnnotatedWith(JAKARTA_TRANSACTIONAL);
            return tx.map(t -> !t.readOnly() && t.propagation() != Propagation.MANDATORY).orElse(jakarta);
        });
    }

    private static DescribedPredicate<JavaMethod> inAService() {
        return DescribedPredicate.describe("are declared in a service (not a controller or a UI component)", method -> {
            JavaClass owner = method.getOwner();
            return !owner.isMetaAnnotatedWith(Controller.class) && !owner.isAnnotatedWith(Controller.class)
                    && !owner.isAssignableTo("com.vaadin.flow.component.Component");
        });
    }

    private static ArchCondition<JavaMethod> declareAPermission() {
        return new ArchCondition<>("declare @RequiresPermission on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!method.isAnnotatedWith(RequiresPermission.class)
                        && !method.getOwner().isAnnotatedWith(RequiresPermission.class)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " changes data in a transaction but declares no @RequiresPermission"));
                }
            }
        };
    }
}
