package io.tessera.plugins.catalog.pricing;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.ui.kit.format.TenantFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The price lists: currency, customer (or everyone), validity and how many quantity breaks each has. A row opens the
 * list with its breaks; "New price list" an empty one.
 */
public class PriceListsView extends VerticalLayout implements HasDynamicTitle {

    /**
     * Created by the shell.
     *
     * @param lists   the price lists
     * @param parties the party master, for the customers' names
     * @param user    the signed-in user
     */
    public PriceListsView(PriceListService lists, Parties parties, io.tessera.sdk.CurrentUser user) {
        setSizeFull();
        TenantFormat format = TenantFormat.current();
        List<PriceListView> all = lists.list();
        Map<UUID, PartySummary> customers = parties.findAll(all.stream().map(PriceListView::partyId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Grid<PriceListView> grid = new Grid<>();
        grid.setId("catalog-price-lists");
        grid.addColumn(PriceListView::name).setHeader(getTranslation("catalog.field.name"));
        grid.addColumn(PriceListView::currency).setHeader(getTranslation("catalog.field.currency"));
        grid.addColumn(l -> l.partyId() == null ? getTranslation("catalog.priceLists.everyone")
                : customers.containsKey(l.partyId()) ? customers.get(l.partyId()).name() : "")
                .setHeader(getTranslation("catalog.field.customer"));
        grid.addColumn(l -> l.validFrom() == null ? "" : format.date(l.validFrom()))
                .setHeader(getTranslation("catalog.field.validFrom"));
        grid.addColumn(l -> l.validTo() == null ? "" : format.date(l.validTo()))
                .setHeader(getTranslation("catalog.field.validTo"));
        grid.addColumn(l -> format.number(l.items().size())).setHeader(getTranslation("catalog.field.breaks"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> getTranslation(l.active() ? "catalog.state.active" : "catalog.state.inactive"))
                .setHeader(getTranslation("catalog.field.state"));
        grid.setEmptyStateText(getTranslation("catalog.priceLists.empty"));
        grid.setItems(all);
        grid.addItemClickListener(e -> com.vaadin.flow.component.UI.getCurrent()
                .navigate(PriceListEditorView.ROUTE + "/" + e.getItem().id()));
        com.vaadin.flow.component.html.H2 heading = new H2(getTranslation("catalog.priceLists.title"));
        com.vaadin.flow.component.orderedlayout.HorizontalLayout header =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(heading);
        header.setWidthFull();
        header.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        header.setFlexGrow(1, heading);
        if (user.hasPermission(io.tessera.plugins.catalog.common.CatalogPermissions.WRITE)) {
            com.vaadin.flow.component.button.Button create = new com.vaadin.flow.component.button.Button(
                    getTranslation("catalog.priceList.new"), com.vaadin.flow.component.icon.VaadinIcon.PLUS.create(),
                    e -> com.vaadin.flow.component.UI.getCurrent().navigate(PriceListEditorView.ROUTE + "/new"));
            create.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
            create.setId("price-lists-new");
            header.add(create);
        }
        add(header, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.priceLists.title");
    }
}
