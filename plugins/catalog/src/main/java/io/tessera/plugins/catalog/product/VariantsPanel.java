package io.tessera.plugins.catalog.product;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.plugins.catalog.common.FieldErrors;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The variants of a template product: its attributes with their values (size × colour) — values can be added to
 * attributes that exist, attributes only while there are no variants — a button that generates every missing
 * combination, and a grid of the variants whose SKU and price extra are edited in place and saved together.
 */
class VariantsPanel extends VerticalLayout {

    private static final int NEW_ATTRIBUTES = 2;

    private final VariantService variants;
    private final ProductView template;
    private final boolean canWrite;
    private final VerticalLayout attributeRows = new VerticalLayout();
    private final List<TextField[]> attributeFields = new ArrayList<>();
    private final Grid<ProductView> grid = new Grid<>();
    private final Map<UUID, TextField> skus = new LinkedHashMap<>();
    private final Map<UUID, BigDecimalField> extras = new LinkedHashMap<>();
    private final Button saveVariants = new Button();
    private List<ProductView> shown = List.of();

    VariantsPanel(VariantService variants, ProductView template, boolean canWrite) {
        this.variants = variants;
        this.template = template;
        this.canWrite = canWrite;
        setId("product-variants");
        setPadding(false);
        attributeRows.setPadding(false);
        attributeRows.setSpacing(false);
        add(new H3(getTranslation("catalog.variants.title")));
        if (canWrite) {
            Paragraph help = new Paragraph(getTranslation("catalog.variants.help"));
            help.addClassName("tessera-help");
            Button generate = new Button(getTranslation("catalog.variants.generate"), e -> generate());
            generate.setId("variants-generate");
            add(help, attributeRows, generate);
        }
        TenantFormat format = TenantFormat.current();
        grid.setId("variants-grid");
        grid.addColumn(ProductView::variantValues).setHeader(getTranslation("catalog.variants.values")).setAutoWidth(true);
        grid.addComponentColumn(v -> skus.get(v.id())).setHeader(getTranslation("catalog.field.sku")).setFlexGrow(2);
        grid.addComponentColumn(v -> extras.get(v.id())).setHeader(getTranslation("catalog.variants.priceExtra"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(v -> v.salesPrice() == null ? "" : format.money(v.salesPrice(), v.currency()))
                .setHeader(getTranslation("catalog.field.salesPrice")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("catalog.variants.empty"));
        saveVariants.setText(getTranslation("catalog.variants.save"));
        saveVariants.setId("variants-save");
        saveVariants.addClickListener(e -> saveVariants());
        saveVariants.setVisible(false);
        add(grid, saveVariants);
        reload(variants.variants(template.id()));
    }

    private void reload(List<ProductView> list) {
        shown = list;
        skus.clear();
        extras.clear();
        for (int i = 0; i < list.size(); i++) {
            ProductView v = list.get(i);
            TextField sku = new TextField();
            sku.setValue(v.sku());
            sku.setWidthFull();
            sku.setAriaLabel(getTranslation("catalog.field.sku") + " " + v.variantValues());
            sku.setId("variant-sku-" + i);
            sku.setReadOnly(!canWrite);
            BigDecimalField extra = new BigDecimalField();
            extra.setValue(ProductForm.plain(v.priceExtra() == null ? BigDecimal.ZERO : v.priceExtra()));
            extra.setAriaLabel(getTranslation("catalog.variants.priceExtra") + " " + v.variantValues());
            extra.setId("variant-extra-" + i);
            extra.setReadOnly(!canWrite);
            extra.getStyle().set("--vaadin-input-field-value-text-align", "end");
            extra.setWidth("9rem");
            skus.put(v.id(), sku);
            extras.put(v.id(), extra);
        }
        grid.setItems(list);
        saveVariants.setVisible(canWrite && !list.isEmpty());
        if (canWrite) {
            showAttributes();
        }
    }

    private void showAttributes() {
        attributeRows.removeAll();
        attributeFields.clear();
        List<VariantService.AttributeView> stored = variants.attributes(template.id());
        int rows = stored.isEmpty() ? NEW_ATTRIBUTES : stored.size();
        for (int i = 0; i < rows; i++) {
            TextField name = new TextField(getTranslation("catalog.variants.attribute"));
            name.setId("attribute-name-" + i);
            TextField values = new TextField(getTranslation("catalog.variants.newValues"));
            values.setId("attribute-values-" + i);
            values.setPlaceholder(getTranslation("catalog.variants.valuesPlaceholder"));
            values.setMinWidth("14rem");
            name.setWidth("12rem");
            if (i < stored.size()) {
                name.setValue(stored.get(i).name());
                name.setReadOnly(true);
                values.setHelperText(getTranslation("catalog.variants.existing", String.join(", ", stored.get(i).values())));
            }
            HorizontalLayout row = new HorizontalLayout(name, values);
            row.setWidthFull();
            row.setWrap(true);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setFlexGrow(1, values);
            attributeRows.add(row);
            attributeFields.add(new TextField[] {name, values});
        }
    }

    private void generate() {
        FieldErrors errors = new FieldErrors();
        List<VariantsRequest.Attribute> attributes = new ArrayList<>();
        for (TextField[] row : attributeFields) {
            String name = row[0].getValue().strip();
            List<VariantsRequest.Value> values = Arrays.stream(row[1].getValue().split(","))
                    .map(String::strip).filter(v -> !v.isEmpty()).map(v -> new VariantsRequest.Value(v, null)).toList();
            if (name.isEmpty() && values.isEmpty() && !row[0].isReadOnly()) {
                continue;
            }
            errors.bind("attributes[" + attributes.size() + "].name", row[0]);
            errors.bind("attributes[" + attributes.size() + "].values", row[1]);
            attributes.add(new VariantsRequest.Attribute(name, values));
        }
        try {
            List<ProductView> created = variants.generate(template.id(), new VariantsRequest(attributes));
            Notifications.success(getTranslation("catalog.variants.generated", created.size()));
            reload(variants.variants(template.id()));
        } catch (ApiProblem refused) {
            errors.show(refused);
        }
    }

    private void saveVariants() {
        FieldErrors errors = new FieldErrors();
        List<VariantService.VariantEdit> edits = new ArrayList<>();
        for (ProductView v : shown) {
            TextField sku = skus.get(v.id());
            BigDecimalField extra = extras.get(v.id());
            BigDecimal value = extra.getValue() == null ? BigDecimal.ZERO : extra.getValue();
            boolean changed = !sku.getValue().strip().equals(v.sku())
                    || value.compareTo(Objects.requireNonNullElse(v.priceExtra(), BigDecimal.ZERO)) != 0;
            if (changed) {
                errors.bind("variants[" + edits.size() + "].sku", sku);
                errors.bind("variants[" + edits.size() + "].priceExtra", extra);
                edits.add(new VariantService.VariantEdit(v.id(), sku.getValue(), value));
            }
        }
        if (edits.isEmpty()) {
            Notifications.success(getTranslation("catalog.variants.unchanged"));
            return;
        }
        try {
            reload(variants.adjust(template.id(), edits));
            Notifications.success(getTranslation("catalog.variants.saved", edits.size()));
        } catch (ApiProblem refused) {
            errors.show(refused);
        }
    }
}
