package io.tessera.plugins.leads;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.leads.LeadViews.LeadView;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import java.util.List;
import java.util.UUID;

/** The customer-360 panel: the leads of a company (converted into it or naming it), newest {@value #SHOWN}. */
class PartyLeads extends VerticalLayout {

    static final int SHOWN = 10;

    PartyLeads(LeadService leads, Parties parties, UUID partyId) {
        setPadding(false);
        String name = parties.find(partyId).map(PartySummary::name).orElse("");
        List<LeadView> items = leads.ofCompany(partyId, name, SHOWN);
        if (items.isEmpty()) {
            add(new Span(getTranslation("leads.panel.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("leads-party-leads");
        for (LeadView l : items) {
            list.add(new ListItem(new Anchor(LeadsUi.DETAIL + "/" + l.id(), l.name()),
                    new Span(" · " + getTranslation("leads.status." + l.status()) + " · "
                            + getTranslation("leads.panel.score", l.score()))));
        }
        add(list);
    }
}
