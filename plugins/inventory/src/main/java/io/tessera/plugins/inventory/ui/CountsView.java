package io.tessera.plugins.inventory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.inventory.api.LocationUsage;
import io.tessera.plugins.inventory.count.CountRequests;
import io.tessera.plugins.inventory.count.CountSheetList;
import io.tessera.plugins.inventory.count.CountSheets;
import io.tessera.plugins.inventory.warehouse.Location;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Count sheets, newest first (more on demand, by keyset): a new sheet for an internal location snapshots what it
 * holds; a click opens a sheet to enter counted quantities and validate it.
 */
public class CountsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 50;

    private final CountSheetList list;
    private final Grid<CountSheetList.Summary> grid = new Grid<>();
    private final List<CountSheetList.Summary> shown = new ArrayList<>();
    private final Button more = new Button();
    private final Map<UUID, Location> locations;

    /**
     * The view as the shell creates it.
     *
     * @param sheets     the count sheets
     * @param list       the list of sheets
     * @param warehouses the locations
     * @param db         database access
     */
    public CountsView(CountSheets sheets, CountSheetList list, Warehouses warehouses, TenantJdbc db) {
        this.list = list;
        add(new H2(getTranslation("inventory.counts.title")));
        List<Location> internal = db.tx().read(warehouses::locationsByWarehouse).values().stream().flatMap(List::stream)
                .filter(l -> l.usage() == LocationUsage.INTERNAL).toList();
        locations = internal.stream().collect(Collectors.toMap(Location::id, Function.identity()));
        Select<Location> location = new Select<>();
        location.setLabel(getTranslation("inventory.field.locationId"));
        location.setItems(internal);
        location.setItemLabelGenerator(l -> l.code() + " · " + l.name());
        UUID stock = db.tx().read(warehouses::defaultWarehouse).stockLocationId();
        internal.stream().filter(l -> l.id().equals(stock)).findFirst().or(() -> internal.stream().findFirst())
                .ifPresent(location::setValue);
        location.setId("inventory-counts-location");
        Button create = new Button(getTranslation("inventory.counts.new"), e -> {
            try {
                UUID id = sheets.create(new CountRequests.Create(location.getValue() == null ? null : location.getValue().id(),
                        null)).id();
                Notifications.success(getTranslation("inventory.counts.created"));
                UI.getCurrent().navigate(InventoryUi.COUNT_ROUTE + "/" + id);
            } catch (RuntimeException refused) {
                Notifications.error(refused);
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("inventory-counts-new");
        HorizontalLayout bar = new HorizontalLayout(location, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        TenantFormat format = TenantFormat.current();
        grid.addColumn(s -> format.date(s.date())).setHeader(getTranslation("inventory.moves.date")).setAutoWidth(true);
        grid.addColumn(s -> locationName(s.locationId())).setHeader(getTranslation("inventory.stock.location")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("inventory.counts.state." + s.state())).setHeader(getTranslation("inventory.moves.state"));
        grid.addColumn(s -> getTranslation("inventory.counts.progress", format.number(s.counted()), format.number(s.lines())))
                .setHeader(getTranslation("inventory.counts.counted")).setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText(getTranslation("inventory.counts.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("inventory-counts-grid");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(InventoryUi.COUNT_ROUTE + "/" + e.getItem().id()));
        more.setText(getTranslation("inventory.list.more"));
        more.setId("inventory-counts-more");
        more.addClickListener(e -> loadMore());
        add(bar, grid, more);
        setWidthFull();
        loadMore();
    }

    private String locationName(UUID id) {
        Location l = locations.get(id);
        return l == null ? "" : l.code();
    }

    private void loadMore() {
        List<CountSheetList.Summary> page = list.page(shown.isEmpty() ? null : shown.getLast().id(), PAGE);
        shown.addAll(page);
        grid.setItems(shown);
        more.setVisible(page.size() == PAGE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inventory.counts.title");
    }
}
