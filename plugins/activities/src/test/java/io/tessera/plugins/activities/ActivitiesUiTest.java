package io.tessera.plugins.activities;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.ui.kit.ContributionCheck;
import io.tessera.ui.kit.i18n.BundleCheck;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The UI contribution is well-formed: routes, keys and permissions under the module id, bundles complete. */
class ActivitiesUiTest {

    @Test
    void theContributionPassesTheShellsChecksAndBothBundlesAreComplete() {
        ActivitiesUi ui = new ActivitiesUi(null, null, null);
        assertThat(ContributionCheck.problems(ui)).isEmpty();
        assertThat(BundleCheck.problems("i18n.activities", getClass().getClassLoader(), Locale.GERMAN)).isEmpty();
        assertThat(ui.navigation()).extracting(n -> n.route()).containsExactly("activities/mine", "activities/notifications");
        assertThat(ui.partyPanels()).hasSize(1);
    }
}
