package io.tessera.plugins.mrp.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cycle paths and low-level codes of the product structure. */
class BomGraphTest {

    static final UUID A = new UUID(0, 1);
    static final UUID B = new UUID(0, 2);
    static final UUID C = new UUID(0, 3);
    static final UUID D = new UUID(0, 4);

    @Test
    void aSharedComponentTakesTheLowestLevelItIsUsedAt() {
        BomGraph graph = new BomGraph();
        graph.add(A, B);
        graph.add(A, C);
        graph.add(B, C);
        graph.add(C, D);
        assertThat(graph.lowLevelCodes()).containsEntry(A, 0).containsEntry(B, 1).containsEntry(C, 2).containsEntry(D, 3);
    }

    @Test
    void theCyclePathRunsFromTheComponentBackToTheProduct() {
        BomGraph graph = new BomGraph();
        graph.add(A, B);
        graph.add(B, C);
        assertThat(graph.cycle(C, A)).containsExactly(A, B, C);
        assertThat(graph.cycle(C, D)).isEmpty();
        assertThat(graph.cycle(D, D)).containsExactly(D, D);
        graph.add(C, A);
        assertThatThrownBy(graph::lowLevelCodes).isInstanceOf(IllegalStateException.class);
        assertThat(List.of(graph.cycle(A, B))).isNotEmpty();
    }
}
