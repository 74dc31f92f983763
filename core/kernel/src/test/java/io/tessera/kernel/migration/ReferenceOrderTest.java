package io.tessera.kernel.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceOrderTest {

    /** pipeline's tables as the migrator records them (alphabetically), with their foreign keys. */
    static final Map<String, Set<String>> PIPELINE = Map.of(
            "opportunities", Set.of("pipeline_stages", "pipelines"),
            "opportunity_stage_history", Set.of("opportunities"),
            "pipeline_stages", Set.of("pipelines"),
            "pipelines", Set.of());

    @Test
    void everyTableComesBeforeTheTablesItRefersTo() {
        List<String> ordered = ReferenceOrder.referencingFirst(
                List.of("opportunities", "opportunity_stage_history", "pipeline_stages", "pipelines"), PIPELINE::get);

        assertThat(ordered).containsExactly("opportunity_stage_history", "opportunities", "pipeline_stages", "pipelines");
    }

    @Test
    void independentItemsKeepTheirOrderAndSelfReferencesAreIgnored() {
        Map<String, Set<String>> references = Map.of("b", Set.of("b"), "a", Set.of(), "c", Set.of("a"));

        assertThat(ReferenceOrder.referencingFirst(List.of("b", "a", "c"), references::get)).containsExactly("b", "c", "a");
    }

    @Test
    void aCycleKeepsTheGivenOrderInsteadOfLosingItems() {
        Map<String, Set<String>> references = Map.of("x", Set.of("y"), "y", Set.of("x"), "z", Set.of("x"));

        assertThat(ReferenceOrder.referencingFirst(List.of("x", "y", "z"), references::get)).containsExactly("z", "x", "y");
    }

    @Test
    void referencesOutsideTheItemsAreIgnored() {
        assertThat(ReferenceOrder.referencingFirst(List.of("leads"), t -> Set.of("parties"))).containsExactly("leads");
    }
}
