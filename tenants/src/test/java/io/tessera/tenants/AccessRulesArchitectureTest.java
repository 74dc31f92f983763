package io.tessera.tenants;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.tessera.kernel.access.Authenticated;
import io.tessera.kernel.access.InvitationAcceptance;
import io.tessera.kernel.access.PlatformOperator;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.testkit.ServiceAccessRules;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every REST handler of the kernel and the tenant lifecycle declares its access rule (plugins are checked at run time),
 * and every writing service method of the tenant lifecycle its permission.
 */
class AccessRulesArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tessera.kernel", "io.tessera.tenants");

    @Test
    void everyRestHandlerDeclaresItsAccessRule() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().areAnnotatedWith(GetMapping.class)
                .or().areAnnotatedWith(PostMapping.class)
                .or().areAnnotatedWith(PutMapping.class)
                .or().areAnnotatedWith(DeleteMapping.class)
                .or().areAnnotatedWith(PatchMapping.class)
                .or().areAnnotatedWith(RequestMapping.class)
                .should(declareAnAccessRule())
                .because("handlers without an access rule are refused at run time (deny by default)")
                .check(CLASSES);
    }

    @Test
    void everyWritingServiceMethodDeclaresItsPermission() {
        ServiceAccessRules.check("io.tessera.tenants");
    }

    private static ArchCondition<JavaMethod> declareAnAccessRule() {
        return new ArchCondition<>("declare @RequiresPermission, @PlatformOperator, @Authenticated or @InvitationAcceptance") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = method.isAnnotatedWith(RequiresPermission.class)
                        || method.isAnnotatedWith(PlatformOperator.class)
                        || method.isAnnotatedWith(Authenticated.class)
                        // open to anonymous invitees, and only under /api/v1/invitations/ (checked at run time)
                        || method.isAnnotatedWith(InvitationAcceptance.class)
                        || method.getOwner().isAnnotatedWith(RequiresPermission.class)
                        || method.getOwner().isAnnotatedWith(PlatformOperator.class);
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " declares no access rule"));
                }
            }
        };
    }
}
