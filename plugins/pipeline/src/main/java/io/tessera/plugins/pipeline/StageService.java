package io.tessera.plugins.pipeline;

import io.tessera.plugins.pipeline.PipelineRequests.NewStage;
import io.tessera.plugins.pipeline.PipelineViews.PipelineView;
import io.tessera.plugins.pipeline.PipelineViews.StageView;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A pipeline's stages: add, rename (and re-weigh), reorder and delete. Deleting a stage that still holds
 * opportunities is refused unless a target stage of the same pipeline is given; then they move there with a
 * stage-history entry each, all in one transaction (all or nothing).
 */
class StageService {

    static final int MOVE_BATCH = 500;

    private final EntityManager em;
    private final PipelineStore store;
    private final Transactions tx;
    private final CurrentUser user;

    StageService(EntityManager em, Transactions tx, CurrentUser user) {
        this.em = em;
        this.store = new PipelineStore(em);
        this.tx = tx;
        this.user = user;
    }

    /** Appends a stage to the pipeline. */
    @RequiresPermission(PipelineModule.CONFIGURE)
    StageView add(UUID pipelineId, NewStage request) {
        return tx.write(() -> {
            pipeline(pipelineId);
            List<Stage> stages = store.stages(pipelineId);
            String name = request.name().strip();
            requireUniqueName(stages, name, null);
            if (stages.size() >= 30) {
                throw ApiProblem.unprocessable("A pipeline has at most 30 stages");
            }
            int position = stages.isEmpty() ? 0 : stages.getLast().getPosition() + 1;
            Stage stage = new Stage(pipelineId, name, position, request.probability());
            em.persist(stage);
            em.flush();
            return StageView.of(stage);
        });
    }

    /** Renames a stage and sets its win probability. */
    @RequiresPermission(PipelineModule.CONFIGURE)
    StageView update(UUID pipelineId, UUID stageId, NewStage request) {
        return tx.write(() -> {
            pipeline(pipelineId);
            Stage stage = stage(pipelineId, stageId);
            String name = request.name().strip();
            requireUniqueName(store.stages(pipelineId), name, stageId);
            stage.rename(name, request.probability());
            em.flush();
            return StageView.of(stage);
        });
    }

    /** Puts the pipeline's stages in the given order; the list must name each of its stages once. */
    @RequiresPermission(PipelineModule.CONFIGURE)
    PipelineView reorder(UUID pipelineId, List<UUID> order) {
        return tx.write(() -> {
            Pipeline pipeline = pipeline(pipelineId);
            List<Stage> stages = store.stages(pipelineId);
            Set<UUID> current = new HashSet<>();
            stages.forEach(st -> current.add(st.getId()));
            if (order.size() != stages.size() || !current.equals(new HashSet<>(order))) {
                throw ApiProblem.invalid("stageIds", "must list each of the pipeline's " + stages.size()
                        + " stages exactly once");
            }
            // two steps, so that the unique (pipeline, position) never sees two stages at one position
            for (Stage stage : stages) {
                stage.placeAt(-1 - stage.getPosition());
            }
            em.flush();
            for (Stage stage : stages) {
                stage.placeAt(order.indexOf(stage.getId()));
            }
            em.flush();
            List<StageView> views = store.stages(pipelineId).stream().map(StageView::of).toList();
            return new PipelineView(pipeline.getId(), pipeline.getName(), pipeline.isDefaultPipeline(), views);
        });
    }

    /**
     * Deletes a stage. Refused (409) while opportunities are in it, unless {@code moveTo} names another stage of
     * the same pipeline: then every one of them moves there first.
     *
     * @return how many opportunities moved
     */
    @RequiresPermission(PipelineModule.CONFIGURE)
    long delete(UUID pipelineId, UUID stageId, UUID moveTo) {
        Long moved = tx.write(() -> {
            pipeline(pipelineId);
            Stage stage = stage(pipelineId, stageId);
            if (store.stages(pipelineId).size() == 1) {
                throw ApiProblem.conflict("Stage " + stage.getName() + " is the pipeline's only stage; a pipeline needs one");
            }
            long inStage = em.createQuery("select count(o) from Opportunity o where o.stageId = :stage", Long.class)
                    .setParameter("stage", stageId).getSingleResult();
            if (inStage > 0 && moveTo == null) {
                throw ApiProblem.conflict("Stage " + stage.getName() + " still holds " + inStage + " opportunit"
                        + (inStage == 1 ? "y" : "ies") + "; move them first or name a stage to move them to (moveTo)");
            }
            if (moveTo != null) {
                if (moveTo.equals(stageId)) {
                    throw ApiProblem.invalid("moveTo", "must be another stage than the one deleted");
                }
                Stage target = store.stage(moveTo).filter(t -> t.getPipelineId().equals(pipelineId))
                        .orElseThrow(() -> ApiProblem.invalid("moveTo", "is not a stage of this pipeline"));
                moveAll(stageId, target.getId());
            }
            em.remove(em.contains(stage) ? stage : store.stage(stageId).orElseThrow());
            return inStage;
        });
        return moved == null ? 0 : moved;
    }

    /** Moves every opportunity of one stage to another, in batches, each with a stage-history entry. */
    private void moveAll(UUID from, UUID to) {
        UUID changedBy = user.id().orElse(null);
        while (true) {
            List<Opportunity> batch = em.createQuery(
                            "select o from Opportunity o where o.stageId = :stage order by o.id", Opportunity.class)
                    .setParameter("stage", from).setMaxResults(MOVE_BATCH).getResultList();
            for (Opportunity o : batch) {
                em.persist(new StageChange(o.getId(), from, to, o.getStatus(), changedBy));
                o.moveTo(to);
            }
            em.flush();
            em.clear();
            if (batch.size() < MOVE_BATCH) {
                return;
            }
        }
    }

    private Pipeline pipeline(UUID id) {
        return store.pipeline(id).orElseThrow(() -> ApiProblem.notFound("Pipeline", id));
    }

    private Stage stage(UUID pipelineId, UUID stageId) {
        return store.stage(stageId).filter(st -> st.getPipelineId().equals(pipelineId))
                .orElseThrow(() -> ApiProblem.notFound("Stage", stageId));
    }

    private static void requireUniqueName(List<Stage> stages, String name, UUID except) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Stage stage : stages) {
            if (!stage.getId().equals(except) && stage.getName().toLowerCase(Locale.ROOT).equals(wanted)) {
                throw ApiProblem.invalid("name", "is already the name of a stage of this pipeline");
            }
        }
    }
}
