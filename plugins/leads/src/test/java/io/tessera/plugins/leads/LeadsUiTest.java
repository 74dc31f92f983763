package io.tessera.plugins.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.ui.kit.ContributionCheck;
import io.tessera.ui.kit.i18n.BundleCheck;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The UI contribution is well-formed: routes, keys and permissions under the module id, bundles complete. */
class LeadsUiTest {

    @Test
    void theContributionPassesTheShellsChecksAndBothBundlesAreComplete() {
        LeadsUi ui = new LeadsUi(null, null);
        assertThat(ContributionCheck.problems(ui)).isEmpty();
        assertThat(BundleCheck.problems("i18n.leads", getClass().getClassLoader(), Locale.GERMAN)).isEmpty();
        assertThat(ui.navigation()).extracting(n -> n.route()).containsExactly("leads/list", "leads/lead");
        assertThat(ui.partyPanels()).hasSize(1);
        assertThat(ui.searchProviders()).hasSize(1);
    }
}
