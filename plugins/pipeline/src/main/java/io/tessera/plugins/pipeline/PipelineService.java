package io.tessera.plugins.pipeline;

import io.tessera.plugins.pipeline.PipelineViews.PipelineView;
import io.tessera.plugins.pipeline.PipelineViews.StageView;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Pipelines and their stages: list, create, and the default one every tenant starts with. */
class PipelineService {

    /** The default sales pipeline: stage name → win probability in %. */
    static final List<Map.Entry<String, BigDecimal>> DEFAULT_STAGES = List.of(
            Map.entry("Prospecting", new BigDecimal("10")),
            Map.entry("Qualification", new BigDecimal("20")),
            Map.entry("Proposal", new BigDecimal("50")),
            Map.entry("Negotiation", new BigDecimal("75")),
            Map.entry("Closing", new BigDecimal("90")));

    static final String DEFAULT_NAME = "Sales";

    private final PipelineStore store;
    private final Transactions tx;

    PipelineService(EntityManager em, Transactions tx) {
        this.store = new PipelineStore(em);
        this.tx = tx;
    }

    List<PipelineView> list() {
        return tx.read(() -> {
            Map<UUID, List<StageView>> stages = store.allStages().stream().collect(Collectors.groupingBy(
                    Stage::getPipelineId, Collectors.mapping(StageView::of, Collectors.toList())));
            return store.pipelines().stream().map(p -> new PipelineView(p.getId(), p.getName(), p.isDefaultPipeline(),
                    stages.getOrDefault(p.getId(), List.of()))).toList();
        });
    }

    @RequiresPermission(PipelineModule.CONFIGURE)
    PipelineView create(PipelineRequests.NewPipeline request) {
        return tx.write(() -> {
            String name = request.name().strip();
            if (store.exists(name)) {
                throw ApiProblem.invalid("name", "is already the name of a pipeline");
            }
            List<Map.Entry<String, BigDecimal>> stages = request.stages().stream()
                    .map(st -> Map.entry(st.name().strip(), st.probability())).toList();
            Pipeline pipeline = store.create(name, store.defaultPipeline().isEmpty(), stages);
            return new PipelineView(pipeline.getId(), pipeline.getName(), pipeline.isDefaultPipeline(),
                    store.allStages().stream().filter(st -> st.getPipelineId().equals(pipeline.getId()))
                            .map(StageView::of).toList());
        });
    }

    /** Creates the default sales pipeline unless the tenant has a pipeline already; joins the caller's transaction. */
    @RequiresPermission(PipelineModule.CONFIGURE)
    boolean seedDefault() {
        if (!store.pipelines().isEmpty()) {
            return false;
        }
        store.create(DEFAULT_NAME, true, DEFAULT_STAGES);
        return true;
    }
}
