package io.tessera.plugins.mrp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.mrp.bom.Bom;
import io.tessera.plugins.mrp.bom.BomRequest;
import io.tessera.plugins.mrp.bom.Boms;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.form.FieldErrorMarks;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The dialog that edits a product's bill of materials: its quantity and its components (product, quantity, scrap %),
 * added, removed and changed. BOMs are not changed in place (orders and runs refer to them): saving creates a new BOM
 * of the product with the edited lines, its routing and by-products carried over, and makes it the active one (the
 * previous one stays, inactive). Without a BOM to start from, it creates the product's first one. A refusal marks
 * every field it names ({@code components[1].quantity} on the second line's quantity) and keeps what was typed.
 */
final class BomEditor extends Dialog {

    private final Catalog catalog;
    private final FieldErrorMarks marks;
    private final ProblemPanel problem = new ProblemPanel();
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Line> lines = new ArrayList<>();
    private final ComboBox<ProductInfo> product;
    private final BigDecimalField quantity = new BigDecimalField();

    /** One component row's fields. */
    private record Line(ComboBox<ProductInfo> product, BigDecimalField quantity, BigDecimalField scrap) {
    }

    /**
     * @param boms    the BOMs
     * @param catalog the product picker's choices
     * @param db      transactions for the catalog's reads
     * @param current the BOM to edit, or {@code null} for a product's first BOM
     * @param saved   told the new BOM once it is saved
     */
    BomEditor(Boms boms, Catalog catalog, TenantJdbc db, Bom current, Consumer<Bom> saved) {
        this.catalog = catalog;
        this.marks = new FieldErrorMarks(this, "mrp");
        setHeaderTitle(getTranslation(current == null ? "mrp.bom.newTitle" : "mrp.bom.editTitle"));
        Map<UUID, ProductInfo> known = current == null ? Map.of() : db.tx().read(() -> catalog.products(
                Stream.concat(Stream.of(current.productId()), current.components().stream().map(Bom.BomLine::productId))
                        .toList()));

        product = picker(db, "mrp.orders.product");
        product.setId("mrp-bom-product");
        quantity.setLabel(getTranslation("mrp.bom.quantity"));
        quantity.setId("mrp-bom-quantity");
        quantity.setRequiredIndicatorVisible(true);
        if (current != null) {
            product.setValue(known.get(current.productId()));
            product.setReadOnly(true);
            quantity.setValue(current.quantity());
            quantity.setSuffixComponent(new Span(current.uom()));
        }
        FormLayout head = new FormLayout(product, quantity);
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));

        problem.setId("mrp-bom-problem");
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.setId("mrp-bom-lines");
        if (current != null) {
            current.components().forEach(c -> lines.add(line(db, known.get(c.productId()), c.quantity(), c.scrap())));
        }
        if (lines.isEmpty()) {
            lines.add(line(db, null, null, null));
        }
        Button addLine = new Button(getTranslation("mrp.bom.addComponent"), VaadinIcon.PLUS.create(), e -> {
            lines.add(line(db, null, null, null));
            layoutRows();
        });
        addLine.setId("mrp-bom-add");
        layoutRows();
        add(problem, head, new H4(getTranslation("mrp.bom.components")), rows, addLine);
        setMaxWidth("100vw");
        setWidth("44rem");

        Button save = new Button(getTranslation("mrp.bom.save"), e -> {
            problem.clear();
            marks.clear();
            List<BomRequest.Line> components = lines.stream().map(l -> new BomRequest.Line(
                    l.product().getValue() == null ? null : l.product().getValue().id(), l.quantity().getValue(), null,
                    l.scrap().getValue())).toList();
            List<BomRequest.Line> byProducts = current == null || current.byProducts().isEmpty() ? null
                    : current.byProducts().stream().map(b -> new BomRequest.Line(b.productId(), b.quantity(), b.uom(),
                    null)).toList();
            try {
                Bom bom = boms.create(new BomRequest(product.getValue() == null ? null : product.getValue().id(),
                        quantity.getValue(), null, true, current == null ? null : current.routingId(), components,
                        byProducts));
                close();
                saved.accept(bom);
            } catch (ApiProblem refused) {
                problem.show(marks.show(Problem.of(refused)));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("mrp-bom-save");
        Button cancel = new Button(getTranslation("mrp.form.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private ComboBox<ProductInfo> picker(TenantJdbc db, String label) {
        ComboBox<ProductInfo> product = new ComboBox<>(getTranslation(label));
        product.setItems(q -> db.tx().read(() -> catalog.search(q.getFilter().orElse(""), q.getOffset(), q.getLimit()))
                .stream());
        product.setItemLabelGenerator(p -> p.sku() + " · " + p.name());
        product.setRequiredIndicatorVisible(true);
        return product;
    }

    private Line line(TenantJdbc db, ProductInfo product, BigDecimal quantity, BigDecimal scrap) {
        ComboBox<ProductInfo> picker = picker(db, "mrp.bom.component");
        picker.setValue(product);
        BigDecimalField qty = new BigDecimalField(getTranslation("mrp.bom.componentQuantity"));
        qty.setValue(quantity);
        qty.setRequiredIndicatorVisible(true);
        BigDecimalField waste = new BigDecimalField(getTranslation("mrp.bom.scrap"));
        waste.setValue(scrap == null || scrap.signum() == 0 ? null : scrap);
        waste.setSuffixComponent(new Span("%"));
        picker.addValueChangeListener(e -> qty.setSuffixComponent(new Span(e.getValue() == null ? ""
                : e.getValue().baseUom())));
        if (product != null) {
            qty.setSuffixComponent(new Span(product.baseUom()));
        }
        return new Line(picker, qty, waste);
    }

    /** Lays the rows out again with ids and field bindings by position (after an add or a remove). */
    private void layoutRows() {
        rows.removeAll();
        marks.clearBindings();
        marks.bind("productId", product);
        marks.bind("quantity", quantity);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String id = "mrp-bom-line-" + i;
            line.product().setId(id + "-product");
            line.quantity().setId(id + "-quantity");
            line.scrap().setId(id + "-scrap");
            marks.bind("components[" + i + "].productId", line.product());
            marks.bind("components[" + i + "].quantity", line.quantity());
            marks.bind("components[" + i + "].scrap", line.scrap());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                lines.remove(line);
                layoutRows();
            });
            remove.setId(id + "-remove");
            remove.setAriaLabel(getTranslation("mrp.bom.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            line.product().setWidth("14rem");
            line.product().setMaxWidth("100%");
            line.quantity().setWidth("8rem");
            line.scrap().setWidth("6rem");
            HorizontalLayout row = new HorizontalLayout(line.product(), line.quantity(), line.scrap(), remove);
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWidthFull();
            rows.add(row);
        }
    }
}
