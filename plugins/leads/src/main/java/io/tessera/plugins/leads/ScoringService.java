package io.tessera.plugins.leads;

import io.tessera.plugins.leads.LeadRequests.RuleRequest;
import io.tessera.plugins.leads.LeadViews.RuleView;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's scoring rules. A lead's score is computed when it is captured or changed, every open lead is
 * rescored in the same transaction when a rule is added or removed, and a lead is rescored when an activity
 * linked to it changes (where the activities module is enabled), so scores are always current.
 */
class ScoringService {

    static final int RESCORE_BATCH = 500;

    private final EntityManager em;
    private final Transactions tx;
    private final ActivityLink activities;

    ScoringService(EntityManager em, Transactions tx, ActivityLink activities) {
        this.em = em;
        this.tx = tx;
        this.activities = activities;
    }

    List<RuleView> rules() {
        return tx.read(() -> loadRules().stream().map(RuleView::of).toList());
    }

    @RequiresPermission(LeadsModule.CONFIGURE)
    RuleView add(RuleRequest r) {
        String value = r.value().strip().toLowerCase(Locale.ROOT);
        if ("field".equals(r.kind()) && !LeadScorer.FIELDS.contains(value)) {
            throw ApiProblem.invalid("value", "must name a field: " + String.join(", ", LeadScorer.FIELDS.stream().sorted().toList()));
        }
        if ("activity".equals(r.kind()) && !LeadScorer.ACTIVITY_TYPES.contains(value)) {
            throw ApiProblem.invalid("value", "must be any or an activity type: "
                    + String.join(", ", LeadScorer.ACTIVITY_TYPES.stream().sorted().toList()));
        }
        if (r.cap() != null && !"activity".equals(r.kind())) {
            throw ApiProblem.invalid("cap", "applies to activity rules only");
        }
        return tx.write(() -> {
            ScoringRule rule = new ScoringRule(r.kind(), value, r.points(), r.cap());
            em.persist(rule);
            rescoreOpenLeads();
            return RuleView.of(rule);
        });
    }

    @RequiresPermission(LeadsModule.CONFIGURE)
    void remove(UUID id) {
        tx.write(() -> {
            ScoringRule rule = em.createQuery("select r from ScoringRule r where r.id = :id", ScoringRule.class)
                    .setParameter("id", id).getResultStream().findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("Scoring rule", id));
            em.remove(rule);
            rescoreOpenLeads();
        });
    }

    /** Sets the lead's score from the current rules (and its activities); joins the caller's transaction. */
    @RequiresPermission(LeadsModule.WRITE)
    void score(Lead lead) {
        List<LeadScorer.Rule> rules = scorerRules();
        Map<String, Long> counts = countsActivities(rules)
                ? activities.countByType(List.of(lead.getId())).getOrDefault(lead.getId(), Map.of()) : Map.of();
        lead.scored(LeadScorer.score(lead, rules, counts));
    }

    /**
     * Rescores one open lead from the current rules and activity counts, e.g. when an activity linked to it
     * changed; a closed lead keeps its score, an unknown id (not a lead of this tenant) is ignored. Joins the
     * caller's transaction.
     */
    @RequiresPermission(LeadsModule.WRITE)
    void rescore(UUID leadId) {
        tx.write(() -> em.createQuery("select l from Lead l where l.id = :id", Lead.class)
                .setParameter("id", leadId).getResultStream().findFirst()
                .filter(lead -> lead.getStatus().isOpen())
                .ifPresent(this::score));
    }

    private static boolean countsActivities(List<LeadScorer.Rule> rules) {
        return rules.stream().anyMatch(r -> "activity".equals(r.kind()));
    }

    private void rescoreOpenLeads() {
        em.flush();
        List<LeadScorer.Rule> rules = scorerRules();
        int first = 0;
        while (true) {
            List<Lead> batch = em.createQuery("select l from Lead l where l.status in :open order by l.id", Lead.class)
                    .setParameter("open", List.of(LeadStatus.NEW, LeadStatus.QUALIFIED))
                    .setFirstResult(first).setMaxResults(RESCORE_BATCH).getResultList();
            Map<UUID, Map<String, Long>> counts = countsActivities(rules)
                    ? activities.countByType(batch.stream().map(Lead::getId).toList()) : Map.of();
            for (Lead lead : batch) {
                lead.scored(LeadScorer.score(lead, rules, counts.getOrDefault(lead.getId(), Map.of())));
            }
            em.flush();
            em.clear();
            if (batch.size() < RESCORE_BATCH) {
                return;
            }
            first += RESCORE_BATCH;
        }
    }

    private List<ScoringRule> loadRules() {
        return em.createQuery("select r from ScoringRule r order by r.kind, r.value, r.id", ScoringRule.class).getResultList();
    }

    private List<LeadScorer.Rule> scorerRules() {
        return loadRules().stream().map(r -> new LeadScorer.Rule(r.getKind(), r.getValue(), r.getPoints(), r.getCap()))
                .toList();
    }
}
