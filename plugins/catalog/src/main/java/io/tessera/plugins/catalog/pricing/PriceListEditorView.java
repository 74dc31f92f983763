package io.tessera.plugins.catalog.pricing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.common.FieldErrors;
import io.tessera.plugins.catalog.product.ProductCatalog;
import io.tessera.plugins.catalog.uom.UnitService;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One price list, at {@code catalog/price-list/new} or {@code catalog/price-list/<id>}: name, currency, the customer
 * it is for (or every customer), validity dates and whether it applies, and its quantity breaks (product, unit of
 * the product's category, from which quantity, price per unit), saved together, every refused field marked.
 */
public class PriceListEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** The route of this view; {@code /new} creates a price list. */
    public static final String ROUTE = "catalog/price-list";

    private final PriceListService lists;
    private final ProductCatalog products;
    private final UnitService units;
    private final Parties parties;
    private final boolean canWrite;
    private final List<ItemRow> rows = new ArrayList<>();
    private final Grid<ItemRow> items = new Grid<>();
    private List<UnitInfo> allUnits = List.of();
    private String title = "";

    /**
     * Created by the shell.
     *
     * @param lists    price lists
     * @param products products, to pick
     * @param units    units, to pick
     * @param parties  the party master, to pick the customer
     * @param user     the signed-in user
     */
    public PriceListEditorView(PriceListService lists, ProductCatalog products, UnitService units, Parties parties,
                               CurrentUser user) {
        this.lists = lists;
        this.products = products;
        this.units = units;
        this.parties = parties;
        this.canWrite = user.hasPermission(CatalogPermissions.WRITE);
        setWidthFull();
        setMaxWidth("1200px");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        rows.clear();
        allUnits = units.list();
        if ("new".equals(parameter)) {
            show(null);
            return;
        }
        try {
            show(lists.get(UUID.fromString(parameter)));
        } catch (IllegalArgumentException | ApiProblem notFound) {
            title = getTranslation("catalog.priceLists.title");
            add(new H2(title), new Paragraph(getTranslation("catalog.priceList.missing")));
        }
    }

    /** One quantity break being edited. */
    final class ItemRow {
        final ComboBox<ProductInfo> product = new ComboBox<>();
        final Select<UnitInfo> uom = new Select<>();
        final BigDecimalField minQuantity = new BigDecimalField();
        final BigDecimalField price = new BigDecimalField();

        ItemRow(ProductInfo chosen, String unit, BigDecimal min, BigDecimal amount) {
            int index = rows.size();
            product.setItems(q -> products.search(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
            product.setItemLabelGenerator(p -> p.sku() + " · " + p.name());
            product.setAriaLabel(getTranslation("catalog.priceList.product"));
            product.setWidthFull();
            product.setId("item-product-" + index);
            uom.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
            uom.setAriaLabel(getTranslation("catalog.field.uom"));
            uom.setId("item-uom-" + index);
            minQuantity.setAriaLabel(getTranslation("catalog.priceList.minQuantity"));
            minQuantity.setId("item-min-" + index);
            minQuantity.setWidth("8rem");
            price.setAriaLabel(getTranslation("catalog.priceList.price"));
            price.setId("item-price-" + index);
            price.setWidth("9rem");
            product.addValueChangeListener(e -> offerUnits(e.getValue(), null));
            if (chosen != null) {
                product.setValue(chosen);
                offerUnits(chosen, unit);
            }
            minQuantity.setValue(min);
            price.setValue(amount);
            product.setReadOnly(!canWrite);
            uom.setReadOnly(!canWrite);
            minQuantity.setReadOnly(!canWrite);
            price.setReadOnly(!canWrite);
        }

        private void offerUnits(ProductInfo p, String unit) {
            if (p == null) {
                uom.setItems(List.of());
                return;
            }
            UnitInfo base = allUnits.stream().filter(u -> u.code().equals(p.baseUom())).findFirst().orElse(null);
            List<UnitInfo> fitting = allUnits.stream().filter(u -> base != null && u.category().equals(base.category())).toList();
            uom.setItems(fitting);
            String wanted = unit == null ? p.salesUom() : unit;
            fitting.stream().filter(u -> u.code().equals(wanted)).findFirst().ifPresent(uom::setValue);
        }

        PriceListRequest.Item request() {
            return new PriceListRequest.Item(product.getValue() == null ? null : product.getValue().id(),
                    uom.getValue() == null ? null : uom.getValue().code(), minQuantity.getValue(), price.getValue());
        }
    }

    private void show(PriceListView list) {
        title = list == null ? getTranslation("catalog.priceList.new") : list.name();
        TextField name = new TextField(getTranslation("catalog.field.name"));
        name.setId("price-list-name");
        name.setRequiredIndicatorVisible(true);
        ComboBox<String> currency = new ComboBox<>(getTranslation("catalog.field.currency"));
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        currency.setItemLabelGenerator(code -> code + " · " + Currency.getInstance(code).getDisplayName(locale));
        currency.setId("price-list-currency");
        ComboBox<PartySummary> customer = new ComboBox<>(getTranslation("catalog.field.customer"));
        customer.setItems(q -> parties.search(q.getFilter().orElse(""), q.getOffset(),
                Math.min(200, Math.max(1, q.getLimit()))).stream());
        customer.setItemLabelGenerator(PartySummary::name);
        customer.setPlaceholder(getTranslation("catalog.priceLists.everyone"));
        customer.setClearButtonVisible(true);
        customer.setId("price-list-customer");
        DatePicker from = new DatePicker(getTranslation("catalog.field.validFrom"));
        from.setId("price-list-from");
        DatePicker to = new DatePicker(getTranslation("catalog.field.validTo"));
        to.setId("price-list-to");
        from.setLocale(locale);
        to.setLocale(locale);
        Checkbox active = new Checkbox(getTranslation("catalog.priceList.active"), true);
        active.setId("price-list-active");
        if (list == null) {
            TenantFormat.current().baseCurrency().ifPresent(c -> currency.setValue(c.getCurrencyCode()));
        } else {
            name.setValue(list.name());
            currency.setValue(list.currency());
            if (list.partyId() != null) {
                parties.find(list.partyId()).ifPresent(customer::setValue);
            }
            from.setValue(list.validFrom());
            to.setValue(list.validTo());
            active.setValue(list.active());
            Map<UUID, ProductInfo> byId = products.findAll(list.items().stream().map(PriceListView.Item::productId).toList());
            list.items().forEach(i -> rows.add(new ItemRow(byId.get(i.productId()), i.uom(), plain(i.minQuantity()),
                    plain(i.price()))));
        }
        FormLayout form = new FormLayout(name, currency, customer, from, to, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        if (!canWrite) {
            form.getChildren().forEach(c -> ((com.vaadin.flow.component.HasValue<?, ?>) c).setReadOnly(true));
        }

        items.removeAllColumns();
        items.setId("price-list-items");
        items.addComponentColumn(r -> r.product).setHeader(getTranslation("catalog.priceList.product")).setFlexGrow(3);
        items.addComponentColumn(r -> r.uom).setHeader(getTranslation("catalog.field.uom")).setAutoWidth(true);
        items.addComponentColumn(r -> r.minQuantity).setHeader(getTranslation("catalog.priceList.minQuantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        items.addComponentColumn(r -> r.price).setHeader(getTranslation("catalog.priceList.price"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        if (canWrite) {
            items.addComponentColumn(r -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    rows.remove(r);
                    items.setItems(rows);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("catalog.action.remove"));
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        items.setAllRowsVisible(true);
        items.setEmptyStateText(getTranslation("catalog.priceList.noItems"));
        items.setItems(rows);

        H2 heading = new H2(title);
        heading.setId("price-list-title");
        add(heading, form, new H3(getTranslation("catalog.priceList.items")), items);
        Button back = new Button(getTranslation("catalog.priceList.back"), e -> UI.getCurrent().navigate("catalog/price-lists"));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (!canWrite) {
            add(back);
            return;
        }
        Button addRow = new Button(getTranslation("catalog.priceList.addItem"), VaadinIcon.PLUS.create(), e -> {
            rows.add(new ItemRow(null, null, BigDecimal.ZERO, null));
            items.setItems(rows);
        });
        addRow.setId("price-list-add-item");
        Button save = new Button(getTranslation("catalog.action.save"), e -> {
            FieldErrors errors = new FieldErrors().bind("name", name).bind("currency", currency)
                    .bind("partyId", customer).bind("validFrom", from).bind("validTo", to);
            for (int i = 0; i < rows.size(); i++) {
                ItemRow r = rows.get(i);
                errors.bind("items[" + i + "].productId", r.product).bind("items[" + i + "].uom", r.uom)
                        .bind("items[" + i + "].minQuantity", r.minQuantity).bind("items[" + i + "].price", r.price);
            }
            PriceListRequest request = new PriceListRequest(name.getValue(), currency.getValue(),
                    customer.getValue() == null ? null : customer.getValue().id(), from.getValue(), to.getValue(),
                    active.getValue(), rows.stream().map(ItemRow::request).toList(), list == null ? null : list.version());
            try {
                PriceListView saved = list == null ? lists.create(request) : lists.update(list.id(), request);
                Notifications.success(getTranslation("catalog.priceList.saved", saved.name()));
                if (list == null) {
                    UI.getCurrent().navigate(ROUTE + "/" + saved.id());
                } else {
                    removeAll();
                    rows.clear();
                    show(saved);
                }
            } catch (ApiProblem refused) {
                errors.show(refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("price-list-save");
        HorizontalLayout actions = new HorizontalLayout(addRow, save, back);
        actions.setWrap(true);
        if (list != null) {
            Button delete = new Button(getTranslation("catalog.action.delete"), e -> {
                try {
                    lists.delete(list.id());
                    UI.getCurrent().navigate("catalog/price-lists");
                } catch (ApiProblem refused) {
                    Notifications.error(refused);
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setId("price-list-delete");
            actions.add(delete);
        }
        add(actions);
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
