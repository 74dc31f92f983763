package io.tessera.ui.app.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.ui.app.platform.PlatformTenantsView;
import io.tessera.ui.app.security.UiSession;
import io.tessera.ui.kit.DashboardWidget;
import io.tessera.ui.kit.layout.ContributionBoard;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The home page: a dashboard of the widgets the tenant's enabled modules contribute. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UiSession session;
    private final ModuleViews moduleViews;

    DashboardView(UiSession session, ModuleViews moduleViews) {
        this.session = session;
        this.moduleViews = moduleViews;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (session.isPlatformOperator()) {
            event.forwardTo(PlatformTenantsView.class);
            return;
        }
        if (TenantContext.tenant().isEmpty()) {
            add(new H2(getTranslation("dashboard.title")), new Paragraph(getTranslation("dashboard.no-tenant")));
            return;
        }
        add(new H2(getTranslation("dashboard.title")));
        List<DashboardWidget> widgets = moduleViews.visibleWidgets();
        if (widgets.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.empty")));
            return;
        }
        ContributionBoard board = ContributionBoard.ofWidgets(widgets, this::getTranslation);
        // charts and texts have nothing to focus: the board itself takes the focus, so a keyboard user can scroll a
        // dashboard taller than the window (axe-core: scrollable-region-focusable)
        board.getElement().setAttribute("tabindex", "0");
        board.getElement().setAttribute("role", "region");
        board.getElement().setAttribute("aria-label", getTranslation("dashboard.title"));
        add(board);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
