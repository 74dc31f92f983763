package io.tessera.plugins.pipeline;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.plugins.pipeline.OpportunityService.Filter;
import io.tessera.sdk.party.Parties;
import io.tessera.ui.kit.DashboardWidget;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import io.tessera.ui.kit.PartyPanel;
import io.tessera.ui.kit.SearchHit;
import io.tessera.ui.kit.SearchProvider;
import java.util.List;

/**
 * The pipeline module's contribution to the shell: the kanban board, the opportunity list and detail
 * views (CRM group), the sales dashboard widget, the customer-360 panel of a party's open opportunities
 * and the global search over opportunity names.
 */
public class PipelineUi implements ModuleUi {

    static final String BOARD = "pipeline/board";
    static final String LIST = "pipeline/opportunities";
    static final String DETAIL = "pipeline/opportunity";

    private final OpportunityService opportunities;
    private final PipelineService pipelines;
    private final ForecastService forecast;
    private final Parties parties;

    /**
     * Created by Spring; {@code null} services are allowed for static checks of the contribution.
     *
     * @param opportunities the opportunity service
     * @param pipelines     the pipeline service
     * @param forecast      the forecast service
     * @param parties       the kernel's party master
     */
    PipelineUi(OpportunityService opportunities, PipelineService pipelines, ForecastService forecast, Parties parties) {
        this.opportunities = opportunities;
        this.pipelines = pipelines;
        this.forecast = forecast;
        this.parties = parties;
    }

    @Override
    public String moduleId() {
        return "pipeline";
    }

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(BOARD, BoardView.class, "pipeline.nav.board", VaadinIcon.GRID_BIG, NavGroup.CRM,
                        PipelineModule.READ),
                new NavItem(LIST, OpportunityListView.class, "pipeline.nav.list", VaadinIcon.LIST, NavGroup.CRM,
                        PipelineModule.READ),
                new NavItem(DETAIL, OpportunityDetailView.class, "pipeline.nav.detail", VaadinIcon.FILE, NavGroup.CRM,
                        PipelineModule.READ, true));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("pipeline.widget.title", PipelineModule.READ,
                () -> new SalesWidget(opportunities, pipelines, forecast)));
    }

    @Override
    public List<PartyPanel> partyPanels() {
        return List.of(new PartyPanel("pipeline.panel.title", PipelineModule.READ,
                partyId -> new PartyOpportunities(opportunities, partyId), 20));
    }

    @Override
    public List<SearchProvider> searchProviders() {
        return List.of(new SearchProvider() {
            @Override
            public String permission() {
                return PipelineModule.READ;
            }

            @Override
            public List<SearchHit> search(String query, int limit) {
                return opportunities.slice(new Filter(null, null, null, null), query, 0, limit).stream()
                        .map(o -> new SearchHit(o.name(), o.stage().name() + " · " + o.status(), DETAIL + "/" + o.id()))
                        .toList();
            }
        });
    }

    Parties parties() {
        return parties;
    }
}
