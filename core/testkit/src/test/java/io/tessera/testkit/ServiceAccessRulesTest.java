package io.tessera.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.tessera.testkit.fixture.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceAccessRulesTest {

    private static final String PLUGIN_SERVICES = "io.tessera.testkit.fixture.PluginServices$";

    @Test
    void aWritingServiceMethodWithoutAPermissionBreaksTheRule() {
        assertThatThrownBy(() -> check(Fixtures.Unchecked.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Fixtures$Unchecked.write()");
    }

    @Test
    void aClassLevelTransactionCountsForEveryNonPrivateMethod() {
        assertThatThrownBy(() -> check(Fixtures.UncheckedByType.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Fixtures$UncheckedByType.write()");
    }

    @Test
    void permissionsOnMethodOrClassReadsJoinsAndControllersKeepTheRule() {
        assertThatCode(() -> check(Fixtures.Checked.class, Fixtures.CheckedByType.class, Fixtures.Controller.class))
                .doesNotThrowAnyException();
    }

    @Test
    void aPluginServiceWritingThroughTransactionsWithoutAPermissionBreaksTheRule() throws Exception {
        assertThatThrownBy(() -> check(Class.forName(PLUGIN_SERVICES + "WritesWithoutPermission")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PluginServices$WritesWithoutPermission.rename(java.lang.String)")
                .hasMessageContaining("calls Transactions.write");
    }

    @Test
    void aWriteOpenedInAPrivateHelperCountsForTheMethodThatCallsIt() throws Exception {
        assertThatThrownBy(() -> check(Class.forName(PLUGIN_SERVICES + "WritesThroughAHelper")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PluginServices$WritesThroughAHelper.archive(java.lang.String)")
                .hasMessageContaining("calls Transactions.writeSeparately (in store)");
    }

    @Test
    void aTransactionTemplateCountsAsAWrite() throws Exception {
        assertThatThrownBy(() -> check(Class.forName(PLUGIN_SERVICES + "WritesThroughATemplate")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PluginServices$WritesThroughATemplate.purge()")
                .hasMessageContaining("calls TransactionTemplate.executeWithoutResult");
    }

    @Test
    void readsAndDeclaredWritesOfAPluginServiceKeepTheRule() throws Exception {
        assertThatCode(() -> check(Class.forName(PLUGIN_SERVICES + "Declared"), Class.forName(PLUGIN_SERVICES + "ReadsOnly")))
                .doesNotThrowAnyException();
    }

    @Test
    void classesWithoutAnyWriteFailTheRuleInsteadOfPassingEmpty() throws Exception {
        assertThatThrownBy(() -> check(Class.forName(PLUGIN_SERVICES + "ReadsOnly"), Fixtures.Controller.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void aListedExceptionExcusesOnlyItsMethodAndAStaleListingFailsTheCheck() throws Exception {
        JavaClasses classes = new ClassFileImporter().importClasses(
                Class.forName(PLUGIN_SERVICES + "WritesWithoutPermission"), Class.forName(PLUGIN_SERVICES + "Declared"));
        String rename = "io.tessera.testkit.fixture.PluginServices$WritesWithoutPermission.rename(java.lang.String)";
        assertThatCode(() -> ServiceAccessRules.checkExcept(Set.of(rename), classes)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ServiceAccessRules.checkExcept(Set.of(), classes))
                .isInstanceOf(AssertionError.class).hasMessageContaining("WritesWithoutPermission.rename(java.lang.String)");
        String declared = "io.tessera.testkit.fixture.PluginServices$Declared.create(java.lang.String)";
        String gone = "io.tessera.testkit.fixture.PluginServices$Declared.removed()";
        assertThatThrownBy(() -> ServiceAccessRules.checkExcept(Set.of(rename, declared, gone), classes))
                .as("a listed method that declares its permission, or no longer exists, must leave the list")
                .isInstanceOf(AssertionError.class).hasMessageContaining("not breaking it")
                .hasMessageContaining(declared).hasMessageContaining(gone);
    }

    private static void check(Class<?>... classes) {
        ServiceAccessRules.writingServiceMethodsDeclareAPermission().check(new ClassFileImporter().importClasses(classes));
    }
}
