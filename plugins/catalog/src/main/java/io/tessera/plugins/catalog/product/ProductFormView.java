package io.tessera.plugins.catalog.product;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.catalog.api.Tracking;
import io.tessera.plugins.catalog.common.ApiNames;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.notify.Notifications;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The quick "new product" form: SKU, name, type, base unit, tracking, list price and currency. Every field the
 * service refuses is marked with its message; nothing is written then.
 */
class ProductFormView extends FormLayout {

    private final TextField sku = new TextField();
    private final TextField name = new TextField();
    private final Select<ProductType> type = new Select<>();
    private final TextField uom = new TextField();
    private final Select<Tracking> tracking = new Select<>();
    private final BigDecimalField salesPrice = new BigDecimalField();
    private final TextField currency = new TextField();
    private final Map<String, com.vaadin.flow.component.HasValidation> fields;
    private Consumer<ProductView> created = p -> { };

    ProductFormView(ProductService products) {
        setId("catalog-product-form");
        sku.setLabel(getTranslation("catalog.field.sku"));
        sku.setId("product-sku");
        name.setLabel(getTranslation("catalog.field.name"));
        name.setId("product-name");
        type.setLabel(getTranslation("catalog.field.type"));
        type.setItems(Arrays.asList(ProductType.values()));
        type.setValue(ProductType.STORABLE);
        type.setItemLabelGenerator(t -> getTranslation("catalog.type." + ApiNames.of(t)));
        uom.setLabel(getTranslation("catalog.field.uom"));
        uom.setValue("unit");
        uom.setId("product-uom");
        tracking.setLabel(getTranslation("catalog.field.tracking"));
        tracking.setItems(Arrays.asList(Tracking.values()));
        tracking.setValue(Tracking.NONE);
        tracking.setItemLabelGenerator(t -> getTranslation("catalog.tracking." + ApiNames.of(t)));
        salesPrice.setLabel(getTranslation("catalog.field.salesPrice"));
        salesPrice.setId("product-price");
        currency.setLabel(getTranslation("catalog.field.currency"));
        currency.setId("product-currency");
        currency.setMaxLength(3);
        fields = Map.of("sku", sku, "name", name, "type", type, "uom", uom, "tracking", tracking,
                "salesPrice", salesPrice, "currency", currency);
        Button save = new Button(getTranslation("catalog.action.create"), e -> save(products));
        save.setId("create-product");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(sku, name, type, uom, tracking, salesPrice, currency, save);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 4));
    }

    void onCreated(Consumer<ProductView> listener) {
        this.created = listener;
    }

    private void save(ProductService products) {
        fields.values().forEach(f -> f.setInvalid(false));
        ProductRequest request = new ProductRequest(sku.getValue(), name.getValue(), null,
                type.getValue() == null ? null : ApiNames.of(type.getValue()), null, null, uom.getValue(), null, null,
                tracking.getValue() == null ? null : ApiNames.of(tracking.getValue()), salesPrice.getValue(),
                currency.getValue().isBlank() ? null : currency.getValue().strip().toUpperCase(java.util.Locale.ROOT),
                null, null, null);
        try {
            ProductView product = products.create(request);
            Notifications.success(getTranslation("catalog.action.created", product.sku()));
            sku.clear();
            name.clear();
            salesPrice.clear();
            created.accept(product);
        } catch (ApiProblem problem) {
            boolean marked = false;
            for (ApiProblem.FieldError error : problem.errors()) {
                var field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                    marked = true;
                }
            }
            if (!marked) {
                Notifications.error(problem);
            }
        }
    }
}
