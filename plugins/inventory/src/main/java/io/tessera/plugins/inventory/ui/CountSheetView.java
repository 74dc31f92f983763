package io.tessera.plugins.inventory.ui;

import io.tessera.ui.kit.form.FieldErrorMarks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.count.CountRequests;
import io.tessera.plugins.inventory.count.CountSheets;
import io.tessera.plugins.inventory.count.CountView;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One count sheet: while it is a draft, a counted quantity per line (product and lot, with the quantity expected
 * when the sheet was made), saved, then validated into one adjustment; once done, expected, counted and the
 * difference per line, and a link to the adjustment.
 */
public class CountSheetView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CountSheets sheets;
    private final TenantJdbc db;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private final List<BigDecimalField> counted = new ArrayList<>();
    private final FieldErrorMarks errors = new FieldErrorMarks(this, "inventory");
    private final ProblemPanel problem = new ProblemPanel();
    private String title = "";

    /**
     * The view as the shell creates it.
     *
     * @param sheets     the count sheets
     * @param db         database access
     * @param catalog    product names
     * @param warehouses location names
     */
    public CountSheetView(CountSheets sheets, TenantJdbc db, Catalog catalog, Warehouses warehouses) {
        this.sheets = sheets;
        this.db = db;
        this.catalog = catalog;
        this.warehouses = warehouses;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            show(sheets.find(UUID.fromString(parameter)));
        } catch (IllegalArgumentException | ApiProblem e) {
            removeAll();
            title = getTranslation("inventory.counts.title");
            add(new H2(title), new Paragraph(getTranslation("inventory.count.missing")));
        }
    }

    private void show(CountView sheet) {
        removeAll();
        counted.clear();
        errors.clearBindings();
        problem.clear();
        TenantFormat format = TenantFormat.current();
        Names names = Names.of(db, catalog, warehouses, sheet.lines().stream().map(CountView.Line::productId).distinct().toList(),
                List.of(sheet.locationId()));
        title = getTranslation("inventory.count.title", names.location(sheet.locationId()), format.date(sheet.date()));
        Span state = new Span(getTranslation("inventory.counts.state." + sheet.state()));
        state.setId("inventory-count-state");
        add(new H2(title), state);
        if (sheet.lines().isEmpty()) {
            add(new Paragraph(getTranslation("inventory.count.noLines")));
            return;
        }
        if (sheet.state().equals("done")) {
            Grid<CountView.Line> grid = new Grid<>();
            grid.addColumn(l -> names.product(l.productId())).setHeader(getTranslation("inventory.stock.product")).setAutoWidth(true);
            grid.addColumn(l -> l.lot() == null ? "" : l.lot()).setHeader(getTranslation("inventory.stock.lot"));
            grid.addColumn(l -> format.number(l.expected()) + " " + names.unit(l.productId()))
                    .setHeader(getTranslation("inventory.count.expected")).setTextAlign(ColumnTextAlign.END);
            grid.addColumn(l -> format.number(l.counted())).setHeader(getTranslation("inventory.count.counted"))
                    .setTextAlign(ColumnTextAlign.END);
            grid.addColumn(l -> l.difference() == null ? "" : signed(format, l.difference()))
                    .setHeader(getTranslation("inventory.count.difference")).setTextAlign(ColumnTextAlign.END);
            grid.setItems(sheet.lines());
            grid.setAllRowsVisible(true);
            grid.setId("inventory-count-lines");
            add(grid);
            if (sheet.adjustmentId() != null) {
                Button adjustment = new Button(getTranslation("inventory.count.openAdjustment"),
                        e -> UI.getCurrent().navigate(InventoryUi.TRANSFER_ROUTE + "/" + sheet.adjustmentId()));
                adjustment.addThemeVariants(ButtonVariant.TERTIARY);
                adjustment.setId("inventory-count-adjustment");
                add(adjustment);
            }
            return;
        }
        VerticalLayout rows = new VerticalLayout();
        rows.setPadding(false);
        rows.setId("inventory-count-lines");
        for (int i = 0; i < sheet.lines().size(); i++) {
            CountView.Line line = sheet.lines().get(i);
            String label = names.product(line.productId()) + (line.lot() == null ? "" : " · " + line.lot());
            BigDecimalField field = new BigDecimalField(label);
            field.setHelperText(getTranslation("inventory.count.expectedHelp", format.number(line.expected()),
                    names.unit(line.productId())));
            field.setValue(line.counted());
            field.setWidthFull();
            field.setMaxWidth("28rem");
            field.addThemeName("align-right");
            field.setId("inventory-count-quantity-" + i);
            errors.bind("lines[" + i + "].countedQuantity", field);
            counted.add(field);
            rows.add(field);
        }
        Button save = new Button(getTranslation("inventory.count.save"), e -> save(sheet, false));
        save.setId("inventory-count-save");
        Button validate = new Button(getTranslation("inventory.count.validate"), e -> save(sheet, true));
        validate.addThemeVariants(ButtonVariant.PRIMARY);
        validate.setId("inventory-count-validate");
        HorizontalLayout actions = new HorizontalLayout(save, validate);
        actions.setWrap(true);
        add(new Paragraph(getTranslation("inventory.count.help")), rows, problem, actions);
    }

    /** Records the quantities typed (the lines left empty stay uncounted) and, when asked, validates the sheet. */
    private void save(CountView sheet, boolean validate) {
        problem.clear();
        List<CountRequests.Counted> typed = new ArrayList<>();
        List<BigDecimalField> fields = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            if (counted.get(i).getValue() != null) {
                CountView.Line line = sheet.lines().get(i);
                typed.add(new CountRequests.Counted(line.productId(), line.lot(), counted.get(i).getValue()));
                fields.add(counted.get(i));
            }
        }
        try {
            CountView after = typed.isEmpty() ? sheet : sheets.record(sheet.id(), new CountRequests.Record(typed));
            if (validate) {
                after = sheets.validate(sheet.id());
                Notifications.success(getTranslation("inventory.count.validated"));
            } else {
                Notifications.success(getTranslation("inventory.count.saved"));
            }
            show(after);
        } catch (ApiProblem refused) {
            // the request's lines are the typed ones: name each on its own field
            errors.clearBindings();
            for (int i = 0; i < fields.size(); i++) {
                errors.bind("lines[" + i + "].countedQuantity", fields.get(i));
            }
            problem.show(errors.show(Problem.of(refused)));
        }
    }

    private static String signed(TenantFormat format, BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + format.number(value);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
