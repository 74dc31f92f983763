package io.tessera.plugins.catalog.product;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.catalog.api.Tracking;
import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.common.ApiNames;
import io.tessera.plugins.catalog.common.FieldErrors;
import io.tessera.ui.kit.format.TenantFormat;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The fields of a product: SKU, name, description, type, category, the base unit and the sales and purchase units
 * (offered only from the base unit's category), tracking, list price and currency, standard cost and barcode. The
 * type and the base unit are fixed once the product exists. Refused fields are marked through {@link #errors()}.
 */
class ProductForm extends FormLayout {

    private final TextField sku = new TextField();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final Select<ProductType> type = new Select<>();
    private final Select<CategoryView> category = new Select<>();
    private final ComboBox<UnitInfo> uom = new ComboBox<>();
    private final Select<UnitInfo> salesUom = new Select<>();
    private final Select<UnitInfo> purchaseUom = new Select<>();
    private final Select<Tracking> tracking = new Select<>();
    private final BigDecimalField salesPrice = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();
    private final BigDecimalField standardCost = new BigDecimalField();
    private final TextField barcode = new TextField();
    private final FieldErrors errors = new FieldErrors();
    private final List<UnitInfo> units;
    private final List<CategoryView> categories;

    ProductForm(List<CategoryView> categories, List<UnitInfo> units) {
        this.units = units;
        this.categories = categories;
        setId("catalog-product-form");
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        field(sku, "sku", "product-sku");
        sku.setRequiredIndicatorVisible(true);
        sku.setMaxLength(64);
        field(name, "name", "product-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        field(description, "description", "product-description");
        description.setMaxLength(4000);
        field(type, "type", "product-type");
        type.setItems(Arrays.asList(ProductType.values()));
        type.setItemLabelGenerator(t -> getTranslation("catalog.type." + ApiNames.of(t)));
        type.setValue(ProductType.STORABLE);
        type.addValueChangeListener(e -> {
            if (e.getValue() == ProductType.SERVICE) {
                tracking.setValue(Tracking.NONE);
            }
            tracking.setEnabled(e.getValue() != ProductType.SERVICE);
        });
        field(category, "categoryId", "product-category");
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c.name() + " · " + getTranslation("catalog.costMethod." + c.costMethod()));
        category.setValue(categories.stream().filter(CategoryView::defaultCategory).findFirst()
                .orElse(categories.isEmpty() ? null : categories.getFirst()));
        field(uom, "uom", "product-uom");
        uom.setRequiredIndicatorVisible(true);
        uom.setItems(units);
        uom.setItemLabelGenerator(this::unitLabel);
        uom.addValueChangeListener(e -> offerUnitsOf(e.getValue()));
        field(salesUom, "salesUom", "product-sales-uom");
        salesUom.setItemLabelGenerator(this::unitLabel);
        field(purchaseUom, "purchaseUom", "product-purchase-uom");
        purchaseUom.setItemLabelGenerator(this::unitLabel);
        field(tracking, "tracking", "product-tracking");
        tracking.setItems(Arrays.asList(Tracking.values()));
        tracking.setItemLabelGenerator(t -> getTranslation("catalog.tracking." + ApiNames.of(t)));
        tracking.setValue(Tracking.NONE);
        field(salesPrice, "salesPrice", "product-price");
        field(currency, "currency", "product-currency");
        currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        currency.setItemLabelGenerator(code -> code + " · " + Currency.getInstance(code).getDisplayName(locale));
        TenantFormat.current().baseCurrency().ifPresent(c -> currency.setValue(c.getCurrencyCode()));
        field(standardCost, "standardCost", "product-standard-cost");
        standardCost.setHelperText(getTranslation("catalog.product.standardCostHelp"));
        field(barcode, "barcode", "product-barcode");
        barcode.setMaxLength(64);
        units.stream().filter(u -> u.code().equals("unit")).findFirst().ifPresent(uom::setValue);
        setColspan(description, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2), new ResponsiveStep("1000px", 3));
    }

    private <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasValidation
            & com.vaadin.flow.component.HasLabel> void field(F field, String apiName, String id) {
        field.setLabel(getTranslation("catalog.field." + apiName));
        field.setId(id);
        errors.bind(apiName, field);
        add(field);
    }

    private String unitLabel(UnitInfo u) {
        return u == null ? "" : u.name() + " (" + u.code() + ")";
    }

    /** Offers as sales and purchase units only those of the base unit's category, keeping choices that still fit. */
    private void offerUnitsOf(UnitInfo base) {
        List<UnitInfo> fitting = base == null ? List.of()
                : units.stream().filter(u -> u.category().equals(base.category())).toList();
        UnitInfo sales = salesUom.getValue();
        UnitInfo purchase = purchaseUom.getValue();
        salesUom.setItems(fitting);
        purchaseUom.setItems(fitting);
        salesUom.setValue(sales != null && fitting.contains(sales) ? sales : base);
        purchaseUom.setValue(purchase != null && fitting.contains(purchase) ? purchase : base);
    }

    /** Shows a stored product; its type and base unit can no longer change. */
    void show(ProductView p) {
        sku.setValue(p.sku());
        name.setValue(p.name());
        description.setValue(Objects.requireNonNullElse(p.description(), ""));
        type.setValue(ApiNames.parse(ProductType.class, p.type()).orElse(null));
        type.setReadOnly(true);
        category.setValue(categories.stream().filter(c -> c.id().equals(p.categoryId())).findFirst().orElse(null));
        uom.setValue(unit(p.uom()));
        uom.setReadOnly(true);
        salesUom.setValue(unit(p.salesUom()));
        purchaseUom.setValue(unit(p.purchaseUom()));
        tracking.setValue(ApiNames.parse(Tracking.class, p.tracking()).orElse(Tracking.NONE));
        salesPrice.setValue(plain(p.salesPrice()));
        if (p.currency() != null) {
            currency.setValue(p.currency());
        }
        standardCost.setValue(plain(p.standardCost()));
        barcode.setValue(Objects.requireNonNullElse(p.barcode(), ""));
    }

    /** Read-only for a user who may not change products. */
    void lock() {
        getChildren().forEach(c -> {
            if (c instanceof com.vaadin.flow.component.HasValue<?, ?> v) {
                v.setReadOnly(true);
            }
        });
    }

    ProductRequest request(Long version) {
        BigDecimal price = salesPrice.getValue();
        return new ProductRequest(sku.getValue().strip(), name.getValue().strip(), description.getValue(),
                type.getValue() == null ? null : ApiNames.of(type.getValue()),
                category.getValue() == null ? null : category.getValue().id(), null,
                uom.getValue() == null ? null : uom.getValue().code(),
                salesUom.getValue() == null ? null : salesUom.getValue().code(),
                purchaseUom.getValue() == null ? null : purchaseUom.getValue().code(),
                tracking.getValue() == null ? null : ApiNames.of(tracking.getValue()), price,
                price == null ? null : currency.getValue(), standardCost.getValue(),
                barcode.getValue().isBlank() ? null : barcode.getValue().strip(), version);
    }

    FieldErrors errors() {
        return errors;
    }

    private UnitInfo unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst().orElse(null);
    }

    /** A stored amount as typed: 12.5000 shows as 12.5. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
