package io.tessera.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.tessera.testkit.fixture.Fixtures;
import org.junit.jupiter.api.Test;

class ServiceAccessRulesTest {

    @Test
    void aWritingServiceMethodWithoutAPermissionBreaksTheRule() {
        assertThatThrownBy(() -> ServiceAccessRules.writingServiceMethodsDeclareAPermission()
                .check(new ClassFileImporter().importClasses(Fixtures.Unchecked.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Fixtures$Unchecked.write()");
    }

    @Test
    void aClassLevelTransactionCountsForEveryNonPrivateMethod() {
        assertThatThrownBy(() -> ServiceAccessRules.writingServiceMethodsDeclareAPermission()
                .check(new ClassFileImporter().importClasses(Fixtures.UncheckedByType.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Fixtures$UncheckedByType.write()");
    }

    @Test
    void permissionsOnMethodOrClassReadsJoinsAndControllersKeepTheRule() {
        assertThatCode(() -> ServiceAccessRules.writingServiceMethodsDeclareAPermission()
                .check(new ClassFileImporter().importClasses(Fixtures.Checked.class, Fixtures.CheckedByType.class,
                        Fixtures.Controller.class)))
                .doesNotThrowAnyException();
    }
}
