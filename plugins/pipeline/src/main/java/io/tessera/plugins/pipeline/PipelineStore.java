package io.tessera.plugins.pipeline;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes the current tenant's pipelines and stages; callers own the transaction. */
final class PipelineStore {

    private final EntityManager em;

    PipelineStore(EntityManager em) {
        this.em = em;
    }

    List<Pipeline> pipelines() {
        return em.createQuery("select p from Pipeline p order by p.defaultPipeline desc, p.name", Pipeline.class)
                .getResultList();
    }

    Optional<Pipeline> pipeline(UUID id) {
        return em.createQuery("select p from Pipeline p where p.id = :id", Pipeline.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    Optional<Pipeline> defaultPipeline() {
        return em.createQuery("select p from Pipeline p where p.defaultPipeline = true", Pipeline.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    boolean exists(String name) {
        return !em.createQuery("select 1 from Pipeline p where lower(p.name) = lower(:name)", Integer.class)
                .setParameter("name", name).setMaxResults(1).getResultList().isEmpty();
    }

    /** Every stage of the tenant, ordered by pipeline and position (a tenant has a handful). */
    List<Stage> allStages() {
        return em.createQuery("select s from Stage s order by s.pipelineId, s.position", Stage.class).getResultList();
    }

    Map<UUID, Stage> stagesById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from Stage s where s.id in :ids", Stage.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Stage::getId, Function.identity()));
    }

    Optional<Stage> stage(UUID id) {
        return em.createQuery("select s from Stage s where s.id = :id", Stage.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    Optional<Stage> firstStage(UUID pipelineId) {
        return em.createQuery("select s from Stage s where s.pipelineId = :p order by s.position", Stage.class)
                .setParameter("p", pipelineId).setMaxResults(1).getResultStream().findFirst();
    }

    /** One pipeline's stages in order. */
    List<Stage> stages(UUID pipelineId) {
        return em.createQuery("select s from Stage s where s.pipelineId = :p order by s.position", Stage.class)
                .setParameter("p", pipelineId).getResultList();
    }

    Pipeline create(String name, boolean isDefault, List<Map.Entry<String, BigDecimal>> stages) {
        Pipeline pipeline = new Pipeline(name, isDefault);
        em.persist(pipeline);
        int position = 0;
        for (Map.Entry<String, BigDecimal> stage : stages) {
            em.persist(new Stage(pipeline.getId(), stage.getKey(), position++, stage.getValue()));
        }
        return pipeline;
    }
}
