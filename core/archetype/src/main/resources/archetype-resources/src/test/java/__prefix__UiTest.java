package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.ui.kit.ContributionCheck;
import org.junit.jupiter.api.Test;

/** The UI contribution keeps the shell's rules: routes, keys and permissions under the id, both bundles complete. */
class ${prefix}UiTest {

    @Test
    void theContributionIsValid() {
        assertThat(ContributionCheck.problems(new ${prefix}Ui())).isEmpty();
    }
}
