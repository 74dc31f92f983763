package io.tessera.plugins.mrp.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.tessera.plugins.mrp.bom.Bom;
import io.tessera.plugins.mrp.bom.Boms;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.mrp.production.ManufacturingOrder;
import io.tessera.plugins.mrp.production.ManufacturingOrders;
import io.tessera.plugins.mrp.production.OrderRequest;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The dialog that creates a manufacturing order: a product that has a BOM, the quantity, which of its BOMs (the active
 * one unless another is picked) and the due date. A refused field is marked on the field itself.
 */
final class OrderForm extends Dialog {

    OrderForm(ManufacturingOrders orders, Boms boms, TenantJdbc db, Catalog catalog, Consumer<ManufacturingOrder> created) {
        setHeaderTitle(getTranslation("mrp.form.title"));
        List<Bom> all = boms.list(null, null, 500);
        List<UUID> made = all.stream().map(Bom::productId).distinct().toList();
        Names names = Names.of(db, catalog, made);
        TenantFormat format = TenantFormat.current();

        ComboBox<UUID> product = new ComboBox<>(getTranslation("mrp.orders.product"));
        product.setItems(made.stream().sorted(java.util.Comparator.comparing(names::product)).toList());
        product.setItemLabelGenerator(names::product);
        product.setId("mrp-form-product");
        product.setRequired(true);
        BigDecimalField quantity = new BigDecimalField(getTranslation("mrp.orders.quantity"));
        quantity.setId("mrp-form-quantity");
        quantity.setRequiredIndicatorVisible(true);
        ComboBox<Bom> bom = new ComboBox<>(getTranslation("mrp.form.bom"));
        bom.setId("mrp-form-bom");
        bom.setItemLabelGenerator(b -> getTranslation(b.active() ? "mrp.form.bomActive" : "mrp.form.bomOther",
                format.number(b.quantity()) + " " + b.uom(), format.number(b.components().size())));
        bom.setEnabled(false);
        product.addValueChangeListener(e -> {
            List<Bom> ofProduct = e.getValue() == null ? List.of()
                    : all.stream().filter(b -> b.productId().equals(e.getValue())).toList();
            bom.setItems(ofProduct);
            bom.setValue(ofProduct.stream().filter(Bom::active).findFirst().orElse(null));
            bom.setEnabled(ofProduct.size() > 1);
            quantity.setSuffixComponent(new com.vaadin.flow.component.html.Span(
                    e.getValue() == null ? "" : names.unit(e.getValue())));
        });
        DatePicker due = new DatePicker(getTranslation("mrp.orders.due"));
        due.setId("mrp-form-due");
        due.setLocale(getLocale());

        FormLayout form = new FormLayout(product, quantity, bom, due);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(product, 2);
        add(form);
        setMaxWidth("100vw");

        Map<String, HasValidation> fields = Map.of("productId", product, "quantity", quantity, "bomId", bom, "due", due);
        Button create = new Button(getTranslation("mrp.form.create"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                ManufacturingOrder order = orders.create(new OrderRequest(product.getValue(), quantity.getValue(),
                        bom.getValue() == null ? null : bom.getValue().id(), due.getValue(), null));
                close();
                created.accept(order);
            } catch (ApiProblem problem) {
                boolean marked = false;
                for (ApiProblem.FieldError error : problem.errors()) {
                    HasValidation field = fields.get(error.field());
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
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("mrp-form-create");
        Button cancel = new Button(getTranslation("mrp.form.cancel"), e -> close());
        getFooter().add(cancel, create);
    }
}
