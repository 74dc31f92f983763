package io.tessera.plugins.pipeline;

import io.tessera.plugins.pipeline.api.NewOpportunity;
import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Seeds the default sales pipeline when the module is enabled (only if the tenant has no pipeline, so
 * re-enabling changes nothing), and a few demo deals for a demo tenant that has none.
 */
class PipelineInstaller implements TenantInstaller {

    private final PipelineService pipelines;
    private final OpportunityService opportunities;
    private final Parties parties;
    private final EntityManager em;

    PipelineInstaller(PipelineService pipelines, OpportunityService opportunities, Parties parties, EntityManager em) {
        this.pipelines = pipelines;
        this.opportunities = opportunities;
        this.parties = parties;
        this.em = em;
    }

    @Override
    public void install(InstallContext context) {
        pipelines.seedDefault();
        if (context.demoData() && em.createQuery("select count(o) from Opportunity o", Long.class).getSingleResult() == 0) {
            addDemoDeals();
        }
    }

    private void addDemoDeals() {
        PartySummary acme = company("Acme Corporation");
        PartySummary globex = company("Globex Industries");
        LocalDate month = LocalDate.now().withDayOfMonth(15);
        opportunities.create(new NewOpportunity("Acme: 200 seats", acme.id(), null, new BigDecimal("48000.00"), "EUR", month));
        opportunities.create(new NewOpportunity("Acme: support plan", acme.id(), null, new BigDecimal("9600.00"), "EUR",
                month.plusMonths(1)));
        opportunities.create(new NewOpportunity("Globex: pilot", globex.id(), null, new BigDecimal("12500.00"), "EUR",
                month.plusMonths(2)));
    }

    private PartySummary company(String name) {
        return parties.findCompaniesByName(name).stream().findFirst()
                .orElseGet(() -> parties.createCompany(name, null, List.of("prospect")));
    }
}
