package io.tessera.plugins.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.ui.kit.ContributionCheck;
import io.tessera.ui.kit.i18n.BundleCheck;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The UI contribution is well-formed: routes, keys and permissions under the module id, bundles complete. */
class PipelineUiTest {

    @Test
    void theContributionPassesTheShellsChecksAndBothBundlesAreComplete() {
        PipelineUi ui = new PipelineUi(null, null, null, null);
        assertThat(ContributionCheck.problems(ui)).isEmpty();
        assertThat(BundleCheck.problems("i18n.pipeline", getClass().getClassLoader(), Locale.GERMAN)).isEmpty();
        assertThat(ui.navigation()).extracting(n -> n.route())
                .containsExactly("pipeline/board", "pipeline/opportunities", "pipeline/opportunity");
    }
}
