package io.tessera.plugins.pipeline;

import io.tessera.plugins.pipeline.PipelineRequests.OpportunityRequest;
import io.tessera.sdk.money.Currencies;
import io.tessera.plugins.pipeline.PipelineViews.HistoryView;
import io.tessera.plugins.pipeline.PipelineViews.OpportunityView;
import io.tessera.plugins.pipeline.api.NewOpportunity;
import io.tessera.plugins.pipeline.api.Opportunities;
import io.tessera.plugins.pipeline.api.OpportunityLost;
import io.tessera.plugins.pipeline.api.OpportunityRef;
import io.tessera.plugins.pipeline.api.OpportunityReopened;
import io.tessera.plugins.pipeline.api.OpportunityWon;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.Members;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.persistence.Like;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.Cursor;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.PageView.Paging;
import io.tessera.sdk.web.RowExport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Opportunities of the current tenant: create, read, list, move between stages, win and lose. */
class OpportunityService implements Opportunities {

    private final EntityManager em;
    private final PipelineStore store;
    private final Transactions tx;
    private final Parties parties;
    private final CurrentUser user;
    private final EventPublisher events;
    private final Members members;

    OpportunityService(EntityManager em, Transactions tx, Parties parties, CurrentUser user, EventPublisher events,
                       Members members) {
        this.members = members;
        this.em = em;
        this.store = new PipelineStore(em);
        this.tx = tx;
        this.parties = parties;
        this.user = user;
        this.events = events;
    }

    /** Filters of the list; {@code null} means any. */
    record Filter(UUID stageId, UUID ownerId, UUID partyId, OpportunityStatus status) {
    }

    @RequiresPermission(PipelineModule.WRITE)
    OpportunityView create(OpportunityRequest r) {
        return tx.write(() -> {
            Stage stage = startingStage(r.pipelineId(), r.stageId());
            requireParty(r.partyId());
            requireMember(r.ownerId(), null);
            Opportunity o = new Opportunity(stage.getPipelineId(), stage.getId());
            o.describe(r.name().strip(), r.partyId(), r.ownerId() != null ? r.ownerId() : user.id().orElse(null),
                    r.amount(), r.currency(), r.expectedCloseDate(), blankToNull(r.nextStep()));
            em.persist(o);
            em.persist(new StageChange(o.getId(), null, stage.getId(), OpportunityStatus.OPEN, user.id().orElse(null)));
            em.flush();
            return OpportunityView.of(o, stage);
        });
    }

    @Override
    @RequiresPermission(PipelineModule.WRITE)
    public OpportunityRef create(NewOpportunity n) {
        return tx.write(() -> {
            Pipeline pipeline = store.defaultPipeline()
                    .orElseThrow(() -> new IllegalStateException("The tenant has no pipeline: is the pipeline module enabled?"));
            Stage stage = store.firstStage(pipeline.getId()).orElseThrow(
                    () -> new IllegalStateException("Pipeline " + pipeline.getName() + " has no stage"));
            if (n.partyId() == null || parties.find(n.partyId()).isEmpty()) {
                throw new IllegalArgumentException("partyId refers to no party of this tenant");
            }
            if (n.ownerId() != null && !members.isActive(n.ownerId())) {
                throw new IllegalArgumentException("ownerId is not an active member of this tenant");
            }
            if (n.name() == null || n.name().isBlank() || !Currencies.isMoney(n.currency())
                    || n.expectedCloseDate() == null || (n.amount() != null && n.amount().signum() < 0)) {
                throw new IllegalArgumentException("An opportunity needs a name, an ISO currency, an expected close date "
                        + "and an amount of zero or more");
            }
            Opportunity o = new Opportunity(pipeline.getId(), stage.getId());
            o.describe(truncate(n.name().strip(), 200), n.partyId(), n.ownerId(),
                    n.amount() == null ? BigDecimal.ZERO : n.amount(), n.currency(), n.expectedCloseDate(), null);
            em.persist(o);
            em.persist(new StageChange(o.getId(), null, stage.getId(), OpportunityStatus.OPEN, user.id().orElse(null)));
            return new OpportunityRef(o.getId(), stage.getId(), stage.getName());
        });
    }

    OpportunityView get(UUID id) {
        return tx.read(() -> {
            Opportunity o = opportunity(id);
            return OpportunityView.of(o, store.stage(o.getStageId()).orElseThrow());
        });
    }

    @RequiresPermission(PipelineModule.WRITE)
    OpportunityView update(UUID id, OpportunityRequest r) {
        return tx.write(() -> {
            Opportunity o = opportunity(id);
            if (r.version() != null && !Objects.equals(r.version(), o.getVersion())) {
                throw ApiProblem.conflict("Opportunity " + id + " was changed by someone else (version " + o.getVersion()
                        + ", you sent " + r.version() + "); reload it and try again");
            }
            // PUT replaces what it can change; where a deal is (pipeline, stage) changes only through POST …/stage, which
            // writes the stage history: a different value is refused, never silently ignored
            if (r.pipelineId() != null && !r.pipelineId().equals(o.getPipelineId())) {
                throw ApiProblem.invalid("pipelineId", "cannot be changed: an opportunity stays in its pipeline");
            }
            if (r.stageId() != null && !r.stageId().equals(o.getStageId())) {
                throw ApiProblem.invalid("stageId", "cannot be changed with PUT: move the opportunity with POST …/"
                        + id + "/stage");
            }
            if (!r.partyId().equals(o.getPartyId())) {
                requireParty(r.partyId());
            }
            requireMember(r.ownerId(), o.getOwnerId());
            o.describe(r.name().strip(), r.partyId(), r.ownerId() != null ? r.ownerId() : o.getOwnerId(), r.amount(),
                    r.currency(), r.expectedCloseDate(), blankToNull(r.nextStep()));
            em.flush();
            return OpportunityView.of(o, store.stage(o.getStageId()).orElseThrow());
        });
    }

    /** A page by number or, when {@code paging} has a cursor, the opportunities after it; newest first (by id). */
    PageView<OpportunityView> list(Filter filter, Paging paging) {
        return tx.read(() -> {
            Map<String, Object> params = new LinkedHashMap<>();
            String where = where(filter, null, params);
            String after = "";
            if (paging.after() != null) {
                after = " and o.id < :after";
                params.put("after", paging.after().uuid(0));
            }
            TypedQuery<Opportunity> page = em.createQuery("select o from Opportunity o" + where + after + " order by o.id desc",
                    Opportunity.class);
            params.forEach(page::setParameter);
            List<Opportunity> items = page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            Set<UUID> stageIds = new HashSet<>();
            items.forEach(o -> stageIds.add(o.getStageId()));
            Map<UUID, Stage> stages = store.stagesById(stageIds);
            return PageView.of(items, paging, () -> {
                TypedQuery<Long> count = em.createQuery("select count(o) from Opportunity o" + where, Long.class);
                params.forEach((k, v) -> {
                    if (!"after".equals(k)) {
                        count.setParameter(k, v);
                    }
                });
                return count.getSingleResult();
            }, o -> Cursor.of(o.getId()), o -> OpportunityView.of(o, stages.get(o.getStageId())));
        });
    }

    /**
     * One page of the UI's list at an exact row offset (the grid's ranges need not align with pages),
     * with an optional case-insensitive name fragment; newest first.
     */
    List<OpportunityView> slice(Filter filter, String nameContains, int offset, int limit) {
        return tx.read(() -> {
            Map<String, Object> params = new LinkedHashMap<>();
            String where = where(filter, nameContains, params);
            TypedQuery<Opportunity> page = em.createQuery("select o from Opportunity o" + where + " order by o.id desc",
                    Opportunity.class);
            params.forEach(page::setParameter);
            List<Opportunity> items = page.setFirstResult(offset).setMaxResults(limit).getResultList();
            Set<UUID> stageIds = new HashSet<>();
            items.forEach(o -> stageIds.add(o.getStageId()));
            Map<UUID, Stage> stages = store.stagesById(stageIds);
            return items.stream().map(o -> OpportunityView.of(o, stages.get(o.getStageId()))).toList();
        });
    }

    /** How many opportunities {@link #slice} can return for these filters. */
    long count(Filter filter, String nameContains) {
        return tx.read(() -> {
            Map<String, Object> params = new LinkedHashMap<>();
            TypedQuery<Long> count = em.createQuery("select count(o) from Opportunity o" + where(filter, nameContains, params),
                    Long.class);
            params.forEach(count::setParameter);
            return count.getSingleResult();
        });
    }

    /** The open opportunities of one pipeline for its board, newest first, at most {@code limit}. */
    List<OpportunityView> openIn(UUID pipelineId, int limit) {
        return tx.read(() -> {
            List<Opportunity> items = em.createQuery("""
                            select o from Opportunity o where o.pipelineId = :pipeline and o.status = :open
                            order by o.id desc""", Opportunity.class)
                    .setParameter("pipeline", pipelineId).setParameter("open", OpportunityStatus.OPEN)
                    .setMaxResults(limit).getResultList();
            Set<UUID> stageIds = new HashSet<>();
            items.forEach(o -> stageIds.add(o.getStageId()));
            Map<UUID, Stage> stages = store.stagesById(stageIds);
            return items.stream().map(o -> OpportunityView.of(o, stages.get(o.getStageId()))).toList();
        });
    }

    /** How many open deals each stage of one pipeline holds: stage id → count (stages without deals absent). */
    Map<UUID, Long> openCountByStage(UUID pipelineId) {
        return tx.read(() -> {
            Map<UUID, Long> counts = new LinkedHashMap<>();
            em.createQuery("""
                            select o.stageId, count(o) from Opportunity o
                            where o.pipelineId = :pipeline and o.status = :open group by o.stageId""", Object[].class)
                    .setParameter("pipeline", pipelineId).setParameter("open", OpportunityStatus.OPEN)
                    .getResultList()
                    .forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
            return counts;
        });
    }

    private static String where(Filter filter, String nameContains, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.stageId() != null) {
            where.append(" and o.stageId = :stageId");
            params.put("stageId", filter.stageId());
        }
        if (filter.ownerId() != null) {
            where.append(" and o.ownerId = :ownerId");
            params.put("ownerId", filter.ownerId());
        }
        if (filter.partyId() != null) {
            where.append(" and o.partyId = :partyId");
            params.put("partyId", filter.partyId());
        }
        if (filter.status() != null) {
            where.append(" and o.status = :status");
            params.put("status", filter.status());
        }
        if (nameContains != null && !nameContains.isBlank()) {
            where.append(" and lower(o.name) like :name escape '\\'");
            params.put("name", Like.containing(nameContains));
        }
        return where.toString();
    }

    @RequiresPermission(PipelineModule.WRITE)
    OpportunityView moveToStage(UUID id, UUID stageId) {
        return tx.write(() -> {
            Opportunity o = opportunity(id);
            requireOpen(o);
            Stage stage = store.stage(stageId).filter(st -> st.getPipelineId().equals(o.getPipelineId()))
                    .orElseThrow(() -> ApiProblem.invalid("stageId", "is not a stage of this opportunity's pipeline"));
            if (!stage.getId().equals(o.getStageId())) {
                em.persist(new StageChange(o.getId(), o.getStageId(), stage.getId(), OpportunityStatus.OPEN,
                        user.id().orElse(null)));
                o.moveTo(stage.getId());
                em.flush();
            }
            return OpportunityView.of(o, stage);
        });
    }

    @RequiresPermission(PipelineModule.WRITE)
    OpportunityView win(UUID id) {
        return tx.write(() -> {
            Opportunity o = close(id, OpportunityStatus.WON, null);
            events.publish(new OpportunityWon(o.getId(), o.getPartyId(), o.getOwnerId(), o.getAmount(), o.getCurrency(),
                    o.getClosedAt()));
            return OpportunityView.of(o, store.stage(o.getStageId()).orElseThrow());
        });
    }

    @Override
    public java.util.Optional<io.tessera.plugins.pipeline.api.OpportunityInfo> find(UUID id) {
        // joins the caller's transaction, or reads in one of its own (a view calls it without one)
        return tx.read(() -> em.createQuery("select o from Opportunity o where o.id = :id", Opportunity.class)
                .setParameter("id", id).getResultList().stream().findFirst()
                .map(o -> new io.tessera.plugins.pipeline.api.OpportunityInfo(o.getId(), o.getName(), o.getPartyId(), o.getAmount(),
                        o.getCurrency(), o.getStatus().apiName())));
    }

    /** For the published API: joins the caller's transaction. */
    @Override
    @RequiresPermission(PipelineModule.WRITE)
    public boolean markWon(UUID id) {
        Opportunity o = opportunity(id);
        if (o.getStatus() != OpportunityStatus.OPEN) {
            return false;
        }
        o = close(id, OpportunityStatus.WON, null);
        events.publish(new OpportunityWon(o.getId(), o.getPartyId(), o.getOwnerId(), o.getAmount(), o.getCurrency(),
                o.getClosedAt()));
        return true;
    }

    @RequiresPermission(PipelineModule.WRITE)
    OpportunityView lose(UUID id, String reason) {
        return tx.write(() -> {
            Opportunity o = close(id, OpportunityStatus.LOST, reason.strip());
            events.publish(new OpportunityLost(o.getId(), o.getPartyId(), o.getLostReason(), o.getClosedAt()));
            return OpportunityView.of(o, store.stage(o.getStageId()).orElseThrow());
        });
    }

    /** Reopens a won or lost opportunity into an open stage of its pipeline, recording it in the stage history. */
    @RequiresPermission(PipelineModule.WRITE)
    OpportunityView reopen(UUID id, UUID stageId) {
        return tx.write(() -> {
            Opportunity o = opportunity(id);
            if (o.getStatus() == OpportunityStatus.OPEN) {
                throw ApiProblem.conflict("Opportunity " + id + " is open already");
            }
            Stage stage = store.stage(stageId).filter(st -> st.getPipelineId().equals(o.getPipelineId()))
                    .orElseThrow(() -> ApiProblem.invalid("stageId", "is not a stage of this opportunity's pipeline"));
            OpportunityStatus was = o.getStatus();
            em.persist(new StageChange(o.getId(), o.getStageId(), stage.getId(), OpportunityStatus.OPEN, user.id().orElse(null)));
            o.reopen(stage.getId());
            em.flush();
            events.publish(new OpportunityReopened(o.getId(), o.getPartyId(), was.apiName(), stage.getId(), o.getUpdatedAt()));
            return OpportunityView.of(o, stage);
        });
    }

    /** Every opportunity matching the filter, newest first, for a CSV export read in keyset batches. */
    RowExport<OpportunityView> export(Filter filter) {
        return new RowExport<>(OpportunityView.class, (last, limit) -> tx.read(() -> {
            Map<String, Object> params = new LinkedHashMap<>();
            String where = where(filter, null, params);
            if (last != null) {
                where += " and o.id < :lastId";
                params.put("lastId", last.id());
            }
            TypedQuery<Opportunity> batch = em.createQuery("select o from Opportunity o" + where + " order by o.id desc",
                    Opportunity.class);
            params.forEach(batch::setParameter);
            List<Opportunity> items = batch.setMaxResults(limit).getResultList();
            Set<UUID> stageIds = new HashSet<>();
            items.forEach(o -> stageIds.add(o.getStageId()));
            Map<UUID, Stage> stages = store.stagesById(stageIds);
            return items.stream().map(o -> OpportunityView.of(o, stages.get(o.getStageId()))).toList();
        }));
    }

    List<HistoryView> history(UUID id) {
        return tx.read(() -> {
            opportunity(id);
            List<StageChange> changes = em.createQuery(
                            "select c from StageChange c where c.opportunityId = :id order by c.changedAt, c.id", StageChange.class)
                    .setParameter("id", id).getResultList();
            Set<UUID> stageIds = new HashSet<>();
            changes.forEach(c -> stageIds.add(c.getToStageId()));
            Map<UUID, Stage> stages = store.stagesById(stageIds);
            List<HistoryView> views = new ArrayList<>();
            for (StageChange c : changes) {
                Stage to = stages.get(c.getToStageId());
                views.add(new HistoryView(c.getFromStageId(), c.getToStageId(), to == null ? null : to.getName(),
                        c.getStatus().apiName(), c.getChangedAt(), c.getChangedBy()));
            }
            return views;
        });
    }

    private Opportunity close(UUID id, OpportunityStatus outcome, String reason) {
        Opportunity o = opportunity(id);
        requireOpen(o);
        o.close(outcome, reason);
        em.persist(new StageChange(o.getId(), o.getStageId(), o.getStageId(), outcome, user.id().orElse(null)));
        em.flush();
        return o;
    }

    private Stage startingStage(UUID pipelineId, UUID stageId) {
        if (stageId != null) {
            return store.stage(stageId)
                    .filter(st -> pipelineId == null || st.getPipelineId().equals(pipelineId))
                    .orElseThrow(() -> ApiProblem.invalid("stageId", pipelineId == null
                            ? "refers to no stage of this tenant" : "is not a stage of the given pipeline"));
        }
        Pipeline pipeline = pipelineId != null
                ? store.pipeline(pipelineId).orElseThrow(() -> ApiProblem.invalid("pipelineId", "refers to no pipeline of this tenant"))
                : store.defaultPipeline().orElseThrow(() -> ApiProblem.conflict("This tenant has no pipeline yet"));
        return store.firstStage(pipeline.getId())
                .orElseThrow(() -> ApiProblem.conflict("Pipeline " + pipeline.getName() + " has no stage"));
    }

    /** An owner named in a request must be an active member of the tenant (unless it is the owner already). */
    private void requireMember(UUID ownerId, UUID currentOwner) {
        if (ownerId != null && !ownerId.equals(currentOwner) && !members.isActive(ownerId)) {
            throw ApiProblem.invalid("ownerId", "is not an active member of this tenant");
        }
    }

    private void requireParty(UUID partyId) {
        if (parties.findForLink(partyId).isEmpty()) {
            throw ApiProblem.invalid("partyId", "refers to no party of this tenant");
        }
    }

    private static void requireOpen(Opportunity o) {
        if (o.getStatus() != OpportunityStatus.OPEN) {
            throw ApiProblem.conflict("Opportunity " + o.getId() + " is already " + o.getStatus().apiName());
        }
    }

    private Opportunity opportunity(UUID id) {
        return em.createQuery("select o from Opportunity o where o.id = :id", Opportunity.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Opportunity", id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
