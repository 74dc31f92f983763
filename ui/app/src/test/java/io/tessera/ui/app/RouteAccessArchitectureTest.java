package io.tessera.ui.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.tessera.ui.app.security.InvitationView;
import io.tessera.ui.app.security.LoginView;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/**
 * Every Vaadin route of the shell declares its access rule, and anonymous access exists only on the
 * sign-in page and the invitation page (whose token admits the visitor). (Module views carry no {@code @Route}: the shell registers them from {@code ModuleUi},
 * guarded by the entry's permission and the module's state.)
 */
class RouteAccessArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tessera.ui.app");

    @Test
    void everyRouteDeclaresItsAccessRule() {
        classes().that().areAnnotatedWith(Route.class)
                .should(declareAnAccessRule())
                .because("a route without a rule is refused by Vaadin's access control; the rule must be explicit")
                .check(CLASSES);
    }

    @Test
    void onlyTheSignInAndInvitationPagesAreOpenToAnonymousVisitors() {
        noClasses().that().areAnnotatedWith(Route.class).and().doNotHaveFullyQualifiedName(LoginView.class.getName())
                .and().doNotHaveFullyQualifiedName(InvitationView.class.getName())
                .should().beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
        classes().that().haveFullyQualifiedName(LoginView.class.getName()).or().haveFullyQualifiedName(InvitationView.class.getName())
                .should().beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void theRulesFindTheShellsRoutes() {
        long routes = CLASSES.stream().filter(c -> c.isAnnotatedWith(Route.class)).count();
        org.assertj.core.api.Assertions.assertThat(routes).as("routes found").isGreaterThanOrEqualTo(10);
    }

    private static ArchCondition<JavaClass> declareAnAccessRule() {
        return new ArchCondition<>("declare @PermitAll, @RolesAllowed, @DenyAll or @AnonymousAllowed") {
            @Override
            public void check(JavaClass route, ConditionEvents events) {
                boolean declared = route.isAnnotatedWith(PermitAll.class) || route.isAnnotatedWith(RolesAllowed.class)
                        || route.isAnnotatedWith(DenyAll.class) || route.isAnnotatedWith(AnonymousAllowed.class);
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(route, route.getName() + " declares no access rule"));
                }
            }
        };
    }
}
