package io.tessera.plugins.catalog.product;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.common.FieldErrors;
import io.tessera.plugins.catalog.uom.UnitService;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The suppliers of a product: who sells it, under which code, at what price per purchase unit, the minimum
 * quantity, the order multiple and the lead time; a form below adds one (the supplier picked from the parties).
 */
class SuppliersPanel extends VerticalLayout {

    private final SupplierService suppliers;
    private final ProductView product;
    private final Grid<SupplierView> grid = new Grid<>();

    SuppliersPanel(SupplierService suppliers, Parties parties, UnitService units, ProductView product, boolean canWrite) {
        this.suppliers = suppliers;
        this.product = product;
        setId("product-suppliers");
        setPadding(false);
        TenantFormat format = TenantFormat.current();
        add(new H3(getTranslation("catalog.suppliers.title")));
        grid.setId("suppliers-grid");
        grid.addColumn(SupplierView::supplierName).setHeader(getTranslation("catalog.suppliers.supplier")).setAutoWidth(true);
        grid.addColumn(s -> s.supplierSku() == null ? "" : s.supplierSku()).setHeader(getTranslation("catalog.suppliers.sku"));
        grid.addColumn(s -> format.money(s.price(), s.currency()) + " / " + s.uom())
                .setHeader(getTranslation("catalog.suppliers.price")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(s -> format.number(s.minimumQuantity())).setHeader(getTranslation("catalog.suppliers.minimum"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(s -> format.number(s.orderMultiple())).setHeader(getTranslation("catalog.suppliers.multiple"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(s -> getTranslation("catalog.suppliers.days", format.number(s.leadTimeDays())))
                .setHeader(getTranslation("catalog.suppliers.leadTime")).setTextAlign(ColumnTextAlign.END);
        if (canWrite) {
            grid.addComponentColumn(s -> {
                Button remove = new Button(getTranslation("catalog.action.remove"), e -> {
                    try {
                        suppliers.delete(product.id(), s.id());
                        refresh();
                    } catch (ApiProblem refused) {
                        Notifications.error(refused);
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                remove.setAriaLabel(getTranslation("catalog.action.remove") + " " + s.supplierName());
                return remove;
            });
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("catalog.suppliers.empty"));
        add(grid);
        refresh();
        if (canWrite) {
            add(form(parties, units.list()));
        }
    }

    private void refresh() {
        grid.setItems(suppliers.list(product.id()));
    }

    private FormLayout form(Parties parties, List<UnitInfo> units) {
        FieldErrors errors = new FieldErrors();
        ComboBox<PartySummary> party = new ComboBox<>(getTranslation("catalog.suppliers.supplier"));
        party.setItems(query -> parties.search(query.getFilter().orElse(""), query.getOffset(),
                Math.min(200, Math.max(1, query.getLimit()))).stream());
        party.setItemLabelGenerator(PartySummary::name);
        party.setId("supplier-party");
        TextField sku = new TextField(getTranslation("catalog.suppliers.sku"));
        sku.setId("supplier-sku");
        BigDecimalField price = new BigDecimalField(getTranslation("catalog.suppliers.price"));
        price.setId("supplier-price");
        ComboBox<String> currency = new ComboBox<>(getTranslation("catalog.field.currency"));
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        currency.setItemLabelGenerator(code -> code + " · " + Currency.getInstance(code).getDisplayName(locale));
        currency.setValue(product.currency() != null ? product.currency()
                : TenantFormat.current().baseCurrency().map(Currency::getCurrencyCode).orElse(null));
        currency.setId("supplier-currency");
        UnitInfo base = units.stream().filter(u -> u.code().equals(product.uom())).findFirst().orElse(null);
        Select<UnitInfo> uom = new Select<>();
        uom.setLabel(getTranslation("catalog.field.purchaseUom"));
        uom.setItems(units.stream().filter(u -> base != null && u.category().equals(base.category())).toList());
        uom.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        units.stream().filter(u -> u.code().equals(product.purchaseUom())).findFirst().ifPresent(uom::setValue);
        BigDecimalField minimum = new BigDecimalField(getTranslation("catalog.suppliers.minimum"));
        minimum.setId("supplier-minimum");
        BigDecimalField multiple = new BigDecimalField(getTranslation("catalog.suppliers.multiple"));
        multiple.setId("supplier-multiple");
        IntegerField lead = new IntegerField(getTranslation("catalog.suppliers.leadTime"));
        lead.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("catalog.suppliers.daysUnit")));
        lead.setMin(0);
        lead.setId("supplier-lead");
        errors.bind("partyId", party).bind("supplierSku", sku).bind("price", price).bind("currency", currency)
                .bind("uom", uom).bind("minimumQuantity", minimum).bind("orderMultiple", multiple)
                .bind("leadTimeDays", lead);
        Button add = new Button(getTranslation("catalog.suppliers.add"), e -> {
            try {
                SupplierView created = suppliers.add(product.id(), new SupplierRequest(
                        party.getValue() == null ? null : party.getValue().id(), sku.getValue(), price.getValue(),
                        currency.getValue(), uom.getValue() == null ? null : uom.getValue().code(), minimum.getValue(),
                        multiple.getValue(), lead.getValue(), null));
                errors.clear();
                Notifications.success(getTranslation("catalog.suppliers.added", created.supplierName()));
                party.clear();
                sku.clear();
                price.clear();
                minimum.clear();
                multiple.clear();
                lead.clear();
                refresh();
            } catch (ApiProblem refused) {
                errors.show(refused);
            }
        });
        add.setId("supplier-add");
        FormLayout form = new FormLayout(party, sku, price, currency, uom, minimum, multiple, lead, add);
        form.setId("supplier-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("1000px", 4));
        return form;
    }
}
