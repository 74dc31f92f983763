package io.tessera.ui.app.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.ui.app.security.UiSession;
import io.tessera.ui.kit.SearchHit;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Results of the global search box: parties of the kernel's customer master, then the hits of every
 * search provider of the tenant's enabled modules that the user may ask.
 */
@Route(value = "search", layout = MainLayout.class)
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int LIMIT = 20;

    private final UiSession session;
    private final ModuleViews moduleViews;
    private final Parties parties;
    private final ModuleCatalog catalog;

    SearchView(UiSession session, ModuleViews moduleViews, Parties parties, ModuleCatalog catalog) {
        this.catalog = catalog;
        this.session = session;
        this.moduleViews = moduleViews;
        this.parties = parties;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        add(new H2(getTranslation("search.title", query)));
        if (query.length() < 2) {
            add(new Paragraph(getTranslation("search.too-short")));
            return;
        }
        int total = 0;
        if (session.can(KernelPermissions.PARTIES_READ)) {
            total += section(getTranslation("search.parties"), parties.search(query, 0, LIMIT).stream().map(SearchView::hit).toList());
        }
        for (ModuleViews.ModuleSearch search : moduleViews.visibleSearchProviders()) {
            String module = catalog.find(search.moduleId()).map(InstalledModule::name).orElse(search.moduleId());
            total += section(module, search.provider().search(query, LIMIT));
        }
        if (total == 0) {
            add(new Paragraph(getTranslation("search.none")));
        }
    }

    private int section(String title, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return 0;
        }
        UnorderedList list = new UnorderedList();
        for (SearchHit hit : hits) {
            Button open = new Button(hit.title(), e -> UI.getCurrent().navigate(hit.route(), hit.queryParameters()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Span subtitle = new Span(hit.subtitle());
            subtitle.getStyle().set("color", "rgba(0, 0, 0, 0.6)").set("margin-left", "0.5rem");
            list.add(new ListItem(open, subtitle));
        }
        add(new H3(title), list);
        return hits.size();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.label") + " · " + getTranslation("app.name");
    }

    private static SearchHit hit(PartySummary party) {
        return new SearchHit(party.name(), party.kind() + (party.email() == null ? "" : " · " + party.email()),
                "parties/" + party.id());
    }
}
