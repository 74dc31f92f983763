package io.tessera.plugins.mrp.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.tessera.plugins.catalog.api.ProductInfo;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.plugins.mrp.planning.PlannedOrder;
import io.tessera.plugins.mrp.planning.PlannedOrders;
import io.tessera.plugins.mrp.planning.RunRequest;
import io.tessera.plugins.mrp.planning.RunView;
import io.tessera.plugins.mrp.planning.Runs;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import java.util.List;
import java.util.Optional;

/**
 * The MRP run page: start a run (horizon, bucket), its progress while it runs (the page polls every second) with
 * Cancel, and the planned orders of the latest finished run in a grid where the selected ones are confirmed.
 */
public class PlanningView extends VerticalLayout implements HasDynamicTitle {

    private final Runs runs;
    private final PlannedOrders planned;
    private final TenantJdbc db;
    private final Catalog catalog;
    private final Span status = new Span();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Button cancel = new Button();
    private final Grid<Row> grid = new Grid<>();
    private final ComboBox<ProductInfo> filter = new ComboBox<>();
    private Optional<RunView> latest = Optional.empty();

    /** A planned order with its product's name. */
    record Row(PlannedOrder order, String product, String unit) {
    }

    /**
     * The view as the shell creates it.
     *
     * @param runs    the runs
     * @param planned the planned orders
     * @param db      database access
     * @param catalog product names
     */
    public PlanningView(Runs runs, PlannedOrders planned, TenantJdbc db, Catalog catalog) {
        this.runs = runs;
        this.planned = planned;
        this.db = db;
        this.catalog = catalog;
        add(new H2(getTranslation("mrp.planning.title")));
        IntegerField horizon = new IntegerField(getTranslation("mrp.planning.horizon"));
        horizon.setValue(90);
        horizon.setMin(1);
        horizon.setMax(1000);
        horizon.setStepButtonsVisible(true);
        Select<String> bucket = new Select<>();
        bucket.setLabel(getTranslation("mrp.planning.bucket"));
        bucket.setItems("day", "week");
        bucket.setItemLabelGenerator(b -> getTranslation("mrp.bucket." + b));
        bucket.setValue("day");
        Button start = new Button(getTranslation("mrp.planning.start"), e -> {
            try {
                runs.start(new RunRequest(horizon.getValue(), bucket.getValue()));
                refresh();
            } catch (ApiProblem problem) {
                Notifications.error(problem);
            }
        });
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("mrp-run-start");
        HorizontalLayout form = new HorizontalLayout(horizon, bucket, start);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);

        status.setId("mrp-run-status");
        cancel.setText(getTranslation("mrp.planning.cancel"));
        cancel.addThemeVariants(ButtonVariant.ERROR);
        cancel.setId("mrp-run-cancel");
        cancel.addClickListener(e -> latest.ifPresent(run -> {
            try {
                runs.cancel(run.id());
            } catch (ApiProblem problem) {
                Notifications.error(problem);
            }
            refresh();
        }));
        progress.setWidth("16rem");
        HorizontalLayout running = new HorizontalLayout(status, progress, cancel);
        running.setAlignItems(FlexComponent.Alignment.CENTER);
        running.setWrap(true);
        add(running);

        TenantFormat format = TenantFormat.current();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // two columns of two lines each, so the grid fits a 390 px phone without scrolling sideways
        grid.addColumn(LitRenderer.<Row>of("""
                        <div class="mrp-planned-product">${item.product}</div>
                        <div style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)">\
                        <span>${item.kind}</span> · <span>${item.quantity}</span> · <span>${item.state}</span></div>""")
                        .withProperty("product", Row::product)
                        .withProperty("kind", r -> getTranslation("mrp.kind." + r.order().kind()))
                        .withProperty("quantity", r -> format.number(r.order().quantity()) + " " + r.unit())
                        .withProperty("state", r -> getTranslation("mrp.planned." + r.order().state())))
                .setHeader(getTranslation("mrp.orders.product")).setFlexGrow(1).setWidth("8rem");
        grid.addColumn(LitRenderer.<Row>of("""
                        <div>${item.release}</div>
                        <div style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)">\
                        ${item.due}</div>""")
                        .withProperty("release", r -> getTranslation("mrp.planning.releaseOn", format.date(r.order().releaseDate())))
                        .withProperty("due", r -> getTranslation("mrp.planning.dueOn", format.date(r.order().dueDate()))))
                .setHeader(getTranslation("mrp.planning.dates")).setFlexGrow(0).setWidth("9rem");
        grid.setEmptyStateText(getTranslation("mrp.planning.empty"));
        grid.setId("mrp-planned-grid");
        Button confirm = new Button(getTranslation("mrp.planning.confirm"), e -> {
            int done = 0;
            for (Row row : grid.getSelectedItems()) {
                if (row.order().state().equals("planned")) {
                    try {
                        planned.confirm(row.order().id());
                        done++;
                    } catch (ApiProblem problem) {
                        Notifications.error(problem);
                    }
                }
            }
            Notifications.success(getTranslation("mrp.planning.confirmed", done));
            refresh();
        });
        confirm.setId("mrp-planned-confirm");
        filter.setLabel(getTranslation("mrp.planning.filter"));
        filter.setId("mrp-planned-filter");
        filter.setClearButtonVisible(true);
        filter.setItems(q -> db.tx().read(() -> catalog.search(q.getFilter().orElse(""), q.getOffset(), q.getLimit()))
                .stream());
        filter.setItemLabelGenerator(p -> p.sku() + " · " + p.name());
        filter.setWidthFull();
        filter.setMaxWidth("24rem");
        filter.addValueChangeListener(e -> refresh());
        add(filter, grid, confirm);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        latest = runs.latest(1).stream().findFirst();
        boolean active = latest.map(r -> r.state().equals("queued") || r.state().equals("running")).orElse(false);
        status.setText(latest.map(r -> getTranslation("mrp.run." + r.state())
                + (r.state().equals("done") ? " · " + getTranslation("mrp.planning.count", r.plannedOrders()) : ""))
                .orElse(getTranslation("mrp.planning.never")));
        progress.setValue(latest.map(RunView::progress).orElse(0));
        progress.setVisible(active);
        cancel.setVisible(active);
        List<PlannedOrder> orders = latest.filter(r -> r.state().equals("done"))
                .map(r -> planned.list(r.id(), filter.getValue() == null ? null : filter.getValue().id(), null, 500)).orElse(List.of());
        Names names = Names.of(db, catalog, orders.stream().map(PlannedOrder::productId).distinct().toList());
        grid.setItems(orders.stream().map(o -> new Row(o, names.product(o.productId()), names.unit(o.productId()))).toList());
        getUI().ifPresent(ui -> ui.setPollInterval(active ? 1000 : -1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mrp.planning.title");
    }
}
