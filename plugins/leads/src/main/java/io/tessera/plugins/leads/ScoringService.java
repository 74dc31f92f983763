package io.tessera.plugins.leads;

import io.tessera.plugins.leads.LeadRequests.RuleRequest;
import io.tessera.plugins.leads.LeadViews.RuleView;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's scoring rules. A lead's score is computed when it is captured or changed, and every open
 * lead is rescored in the same transaction when a rule is added or removed, so scores are always current.
 */
class ScoringService {

    static final int RESCORE_BATCH = 500;

    private final EntityManager em;
    private final TransactionTemplate tx;

    ScoringService(EntityManager em, TransactionTemplate tx) {
        this.em = em;
        this.tx = tx;
    }

    List<RuleView> rules() {
        return tx.execute(s -> loadRules().stream().map(RuleView::of).toList());
    }

    @RequiresPermission(LeadsModule.CONFIGURE)
    RuleView add(RuleRequest r) {
        String value = r.value().strip().toLowerCase(Locale.ROOT);
        if ("field".equals(r.kind()) && !LeadScorer.FIELDS.contains(value)) {
            throw ApiProblem.invalid("value", "must name a field: " + String.join(", ", LeadScorer.FIELDS.stream().sorted().toList()));
        }
        return tx.execute(s -> {
            ScoringRule rule = new ScoringRule(r.kind(), value, r.points());
            em.persist(rule);
            rescoreOpenLeads();
            return RuleView.of(rule);
        });
    }

    @RequiresPermission(LeadsModule.CONFIGURE)
    void remove(UUID id) {
        tx.executeWithoutResult(s -> {
            ScoringRule rule = em.createQuery("select r from ScoringRule r where r.id = :id", ScoringRule.class)
                    .setParameter("id", id).getResultStream().findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("Scoring rule", id));
            em.remove(rule);
            rescoreOpenLeads();
        });
    }

    /** Sets the lead's score from the current rules; joins the caller's transaction. */
    void score(Lead lead) {
        lead.scored(LeadScorer.score(lead, scorerRules()));
    }

    private void rescoreOpenLeads() {
        em.flush();
        List<LeadScorer.Rule> rules = scorerRules();
        int first = 0;
        while (true) {
            List<Lead> batch = em.createQuery("select l from Lead l where l.status in :open order by l.id", Lead.class)
                    .setParameter("open", List.of(LeadStatus.NEW, LeadStatus.QUALIFIED))
                    .setFirstResult(first).setMaxResults(RESCORE_BATCH).getResultList();
            for (Lead lead : batch) {
                lead.scored(LeadScorer.score(lead, rules));
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
        return loadRules().stream().map(r -> new LeadScorer.Rule(r.getKind(), r.getValue(), r.getPoints())).toList();
    }
}
