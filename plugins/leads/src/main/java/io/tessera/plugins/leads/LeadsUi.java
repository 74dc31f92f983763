package io.tessera.plugins.leads;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.plugins.leads.LeadService.Filter;
import io.tessera.sdk.party.Parties;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import io.tessera.ui.kit.PartyPanel;
import io.tessera.ui.kit.SearchHit;
import io.tessera.ui.kit.SearchProvider;
import java.util.List;

/**
 * The leads module's contribution to the shell: the lead list and detail views (score, status,
 * qualify / disqualify / convert with the result), the customer-360 panel of a company's leads and
 * the global search over lead names, emails and companies.
 */
public class LeadsUi implements ModuleUi {

    static final String LIST = "leads/list";
    static final String DETAIL = "leads/lead";

    private final LeadService leads;
    private final Parties parties;

    LeadsUi(LeadService leads, Parties parties) {
        this.leads = leads;
        this.parties = parties;
    }

    @Override
    public String moduleId() {
        return LeadsModule.ID;
    }

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(LIST, LeadListView.class, "leads.nav.list", VaadinIcon.FUNNEL, NavGroup.CRM, LeadsModule.READ),
                new NavItem(DETAIL, LeadDetailView.class, "leads.nav.detail", VaadinIcon.USER_CARD, NavGroup.CRM,
                        LeadsModule.READ, true));
    }

    @Override
    public List<PartyPanel> partyPanels() {
        return List.of(new PartyPanel("leads.panel.title", LeadsModule.READ, partyId -> new PartyLeads(leads, parties, partyId),
                30));
    }

    @Override
    public List<SearchProvider> searchProviders() {
        return List.of(new SearchProvider() {
            @Override
            public String permission() {
                return LeadsModule.READ;
            }

            @Override
            public List<SearchHit> search(String query, int limit) {
                return leads.slice(new Filter(null, null, null), query, 0, limit).stream()
                        .map(l -> new SearchHit(l.name(), (l.company() == null ? "" : l.company() + " · ") + l.status()
                                + " · " + l.score(), DETAIL + "/" + l.id()))
                        .toList();
            }
        });
    }
}
