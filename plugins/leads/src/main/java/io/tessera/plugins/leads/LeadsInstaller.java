package io.tessera.plugins.leads;

import io.tessera.plugins.leads.LeadRequests.LeadRequest;
import io.tessera.plugins.leads.LeadRequests.RuleRequest;
import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import jakarta.persistence.EntityManager;

/** Nothing to seed for a real tenant; a demo tenant without leads gets scoring rules and a few leads. */
class LeadsInstaller implements TenantInstaller {

    private final EntityManager em;
    private final ScoringService scoring;
    private final LeadService leads;

    LeadsInstaller(EntityManager em, ScoringService scoring, LeadService leads) {
        this.em = em;
        this.scoring = scoring;
        this.leads = leads;
    }

    @Override
    public void install(InstallContext context) {
        if (!context.demoData() || em.createQuery("select count(l) from Lead l", Long.class).getSingleResult() > 0) {
            return;
        }
        scoring.add(new RuleRequest("field", "email", 10));
        scoring.add(new RuleRequest("field", "company", 5));
        scoring.add(new RuleRequest("source", "webinar", 20));
        leads.capture(new LeadRequest("Marie Curie", "marie@radium.example", "Radium Institute", null, "webinar",
                "Interested in a demo", null, null));
        leads.capture(new LeadRequest("Nikola Tesla", "nikola@ac.example", "AC Power Co", "+1 555 0100", "referral",
                null, null, null));
        leads.capture(new LeadRequest("Ada Lovelace", null, null, null, "web-form", "Please call back", null, null));
    }
}
