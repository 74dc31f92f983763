package io.tessera.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.security.SystemOnly;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The architecture rule that keeps service permission checks complete: every non-private method of a class
 * that is neither a controller (checked per request) nor a Vaadin component (checked per route) and that
 * changes data in a transaction must declare {@link RequiresPermission} — or, for work only the kernel starts,
 * {@link SystemOnly} — on the method or its class. A method changes data in a transaction when it, or a method
 * of its own class that it calls (a private helper, a lambda's body, another method — calls within a bean are
 * not checked again), does any of:
 * <ul>
 *   <li>calls the write side of the SDK's {@link Transactions} ({@code write}, {@code writeSeparately});</li>
 *   <li>is {@code @Transactional} (on the method or its class, Spring's or Jakarta's) for writing — not
 *       {@code readOnly}, not {@code MANDATORY} (which only joins a transaction an already checked entry point
 *       began);</li>
 *   <li>opens a transaction by hand: Spring's {@code TransactionTemplate} / {@code TransactionOperations}
 *       ({@code execute}, {@code executeWithoutResult}, whatever it is configured for) or a
 *       {@code PlatformTransactionManager}'s {@code getTransaction}.</li>
 * </ul>
 * The rule fails when it finds no such method at all, so it cannot pass by seeing nothing.
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
        return methods().that(changeDataInATransaction()).and(inAService())
                .should(declareAPermission())
                .because("a data-changing service method without @RequiresPermission could be called by anyone "
                        + "(deny by default)");
    }

    /**
     * Checks the rule against the production classes (not tests) of the given packages.
     *
     * @param packages the packages, e.g. {@code io.tessera.plugins.accounting}
     * @throws AssertionError naming every method that breaks the rule, or when the packages hold no
     *                        data-changing service method at all
     */
    public static void check(String... packages) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages);
        writingServiceMethodsDeclareAPermission().check(classes);
    }

    /**
     * Checks the rule against the production classes of the given packages, except for the listed methods — a
     * known debt, written down where the test is. A listed method that no longer breaks the rule (or no longer
     * exists) fails the check too, so the list can only shrink.
     *
     * @param exceptions the full names of the excepted methods, as the rule reports them, e.g.
     *                   {@code io.tessera.kernel.account.UserAccounts.changePassword(java.util.UUID, java.lang.String, java.lang.String)}
     * @param packages   the packages
     * @throws AssertionError naming every method that breaks the rule and is not listed, and every listed method
     *                        that does not break it
     */
    public static void checkExcept(Set<String> exceptions, String... packages) {
        checkExcept(exceptions, new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages));
    }

    /** As {@link #checkExcept(Set, String...)}, against the given classes. */
    static void checkExcept(Set<String> exceptions, JavaClasses classes) {
        DescribedPredicate<JavaMethod> writing = changeDataInATransaction();
        DescribedPredicate<JavaMethod> service = inAService();
        Set<String> stale = new TreeSet<>(exceptions);
        classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> writing.test(m) && service.test(m) && !declares(m))
                .forEach(m -> stale.remove(m.getFullName()));
        if (!stale.isEmpty()) {
            throw new AssertionError("Listed as exceptions to the service access rule but not breaking it (remove them "
                    + "from the list): " + stale);
        }
        methods().that(writing).and(service)
                .and(DescribedPredicate.describe("are not listed as known exceptions",
                        (JavaMethod m) -> !exceptions.contains(m.getFullName())))
                .should(declareAPermission())
                .because("a data-changing service method without @RequiresPermission could be called by anyone "
                        + "(deny by default)")
                .check(classes);
    }

    private static boolean declares(JavaMethod method) {
        return Stream.of(RequiresPermission.class, SystemOnly.class)
                .anyMatch(a -> method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
    }

    private static DescribedPredicate<JavaMethod> changeDataInATransaction() {
        return DescribedPredicate.describe("are non-private and change data in a transaction (Transactions.write, "
                + "a writing @Transactional, a TransactionTemplate), themselves or through their own class's methods",
                method -> !method.getModifiers().contains(JavaModifier.PRIVATE)
                        && !method.getModifiers().contains(JavaModifier.STATIC)
                        && !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE)
                        && howItWrites(method).isPresent());
    }

    /** How the method, or a method of its class it reaches, opens a writing transaction; empty when it does not. */
    static Optional<String> howItWrites(JavaMethod method) {
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> todo = new ArrayDeque<>();
        todo.add(method);
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.poll();
            if (!seen.add(unit)) {
                continue;
            }
            Optional<String> direct = writesItself(unit);
            if (direct.isPresent()) {
                return unit.equals(method) ? direct : Optional.of(direct.get() + " (in " + unit.getName() + ")");
            }
            ownCallees(unit).forEach(todo::add);
        }
        return Optional.empty();
    }

    private static Optional<String> writesItself(JavaCodeUnit unit) {
        if (unit instanceof JavaMethod m && writeTransactional(m)) {
            return Optional.of("is @Transactional for writing");
        }
        return unit.getMethodCallsFromSelf().stream()
                .map(call -> call.getTarget())
                .filter(ServiceAccessRules::opensAWritingTransaction)
                .map(target -> "calls " + target.getOwner().getSimpleName() + "." + target.getName())
                .findFirst();
    }

    private static boolean opensAWritingTransaction(AccessTarget.MethodCallTarget target) {
        JavaClass owner = target.getOwner();
        String name = target.getName();
        if (owner.isAssignableTo(Transactions.class)) {
            return name.startsWith("write");
        }
        if (owner.isAssignableTo(TransactionOperations.class)) {
            return name.startsWith("execute");
        }
        return owner.isAssignableTo(TransactionManager.class) && name.equals("getTransaction");
    }

    /**
     * The methods of the unit's own class it calls, and the bodies of the lambdas it declares (a lambda handed to
     * {@link Transactions} runs at once). A method reference is not followed: it names work handed elsewhere (an
     * executor), and one handed to {@code write} is seen at that call.
     */
    private static Stream<JavaCodeUnit> ownCallees(JavaCodeUnit unit) {
        JavaClass owner = unit.getOwner();
        Stream<JavaCodeUnit> called = unit.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTarget().getOwner().equals(owner))
                .flatMap(call -> call.getTarget().resolveMember().stream());
        String lambdaPrefix = "lambda$" + unit.getName() + "$";
        Stream<JavaCodeUnit> lambdas = owner.getMethods().stream()
                .filter(m -> m.getName().startsWith(lambdaPrefix))
                .map(m -> m);
        return Stream.concat(called, lambdas);
    }

    private static boolean writeTransactional(JavaMethod method) {
        if (method.getModifiers().contains(JavaModifier.STATIC)) {
            return false;
        }
        Optional<Transactional> tx = method.tryGetAnnotationOfType(Transactional.class)
                .or(() -> method.getOwner().tryGetAnnotationOfType(Transactional.class));
        boolean jakarta = method.isAnnotatedWith(JAKARTA_TRANSACTIONAL) || method.getOwner().isAnnotatedWith(JAKARTA_TRANSACTIONAL);
        return tx.map(t -> !t.readOnly() && t.propagation() != Propagation.MANDATORY).orElse(jakarta);
    }

    private static DescribedPredicate<JavaMethod> inAService() {
        return DescribedPredicate.describe("are declared in a service (not a controller, a UI component or the "
                + "Transactions implementation)", method -> {
            JavaClass owner = method.getOwner();
            return !owner.isMetaAnnotatedWith(Controller.class) && !owner.isAnnotatedWith(Controller.class)
                    && !owner.isAssignableTo("com.vaadin.flow.component.Component")
                    && !owner.isAssignableTo(Transactions.class);
        });
    }

    private static ArchCondition<JavaMethod> declareAPermission() {
        return new ArchCondition<>("declare @RequiresPermission (or @SystemOnly) on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!declares(method)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " changes data in a "
                            + "transaction (" + howItWrites(method).orElse("") + ") but declares no @RequiresPermission"));
                }
            }
        };
    }
}
