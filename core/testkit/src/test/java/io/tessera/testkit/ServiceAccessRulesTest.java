package io.tessera.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.tessera.testkit.fixture.Fixtures;
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

    private static void check(Class<?>... classes) {
        ServiceAccessRules.writingServiceMethodsDeclareAPermission().check(new ClassFileImporter().importClasses(classes));
    }
}
