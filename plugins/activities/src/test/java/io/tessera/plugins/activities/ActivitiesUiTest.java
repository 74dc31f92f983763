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
        ActivitiesUi ui = new ActivitiesUi(null, null, null, null, java.util.Optional.of(id -> java.util.Optional.empty()));
        assertThat(ContributionCheck.problems(ui)).isEmpty();
        assertThat(BundleCheck.problems("i18n.activities", getClass().getClassLoader(), Locale.GERMAN)).isEmpty();
        assertThat(ui.navigation()).extracting(n -> n.route()).containsExactly("activities/mine", "activities/notifications");
        assertThat(ui.partyPanels()).hasSize(1);
        assertThat(ui.recordPanels()).as("the opportunity panel where pipeline is installed").hasSize(1);
        assertThat(new ActivitiesUi(null, null, null, null, java.util.Optional.empty()).recordPanels())
                .as("no opportunity panel without pipeline").isEmpty();
    }
}
