package io.tessera.plugins.sales.crm;

import io.tessera.plugins.pipeline.api.OpportunityWon;
import io.tessera.plugins.sales.common.SalesSettings;
import io.tessera.plugins.sales.quotation.Quotations;
import io.tessera.sdk.event.DomainEventListener;

/**
 * A deal won without a quotation gets a draft quotation when the tenant's setting asks for it, delivered through the
 * outbox; at most one per opportunity however often the event arrives ({@link Quotations#createForWonDeal}). A deal won
 * by confirming its quotation has one already and gets nothing.
 */
class WonDealQuotation implements DomainEventListener<OpportunityWon> {

    private final SalesSettings settings;
    private final Quotations quotations;

    WonDealQuotation(SalesSettings settings, Quotations quotations) {
        this.settings = settings;
        this.quotations = quotations;
    }

    @Override
    public Class<OpportunityWon> eventType() {
        return OpportunityWon.class;
    }

    @Override
    public void on(OpportunityWon event) {
        if (SalesSettings.CREATE_DRAFT_QUOTATION.equals(settings.wonWithoutQuotation())) {
            quotations.createForWonDeal(event.opportunityId(), event.partyId(), event.amount(), event.currency());
        }
    }
}
