package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.sales.quotation.QuotationDesk;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * One quotation line in the form: product (searched in the catalog), quantity, unit, unit price (filled from the price
 * list until the user types one), discount and tax in percent, and the line's net.
 */
final class LineEditor extends HorizontalLayout {

    final ComboBox<ProductInfo> product = new ComboBox<>();
    final BigDecimalField quantity = new BigDecimalField();
    final TextField uom = new TextField();
    final BigDecimalField unitPrice = new BigDecimalField();
    final BigDecimalField discount = new BigDecimalField();
    final BigDecimalField taxRate = new BigDecimalField();
    final Span net = new Span();
    /** Whether the price shown came from the price list (and may be replaced by it again). */
    private boolean listPrice = true;
    private boolean filling;

    LineEditor(int index, com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback<ProductInfo, String> search, Runnable changed, Runnable reprice,
               Consumer<LineEditor> remove) {
        String id = "sales-line-" + index;
        setId(id);
        addClassName("sales-line");
        setWrap(true);
        setWidthFull();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        product.setLabel(getTranslation("sales.field.productId"));
        product.setItems(search);
        product.setItemLabelGenerator(p -> p.sku() + " · " + p.name());
        product.setWidth("16rem");
        product.setMaxWidth("100%");
        product.setId(id + "-product");
        quantity.setLabel(getTranslation("sales.field.quantity"));
        quantity.setWidth("7rem");
        quantity.setId(id + "-quantity");
        uom.setLabel(getTranslation("sales.field.uom"));
        uom.setWidth("6rem");
        uom.setId(id + "-uom");
        unitPrice.setLabel(getTranslation("sales.field.unitPrice"));
        unitPrice.setWidth("8rem");
        unitPrice.setId(id + "-price");
        discount.setLabel(getTranslation("sales.field.discount"));
        discount.setSuffixComponent(new Span("%"));
        discount.setWidth("6rem");
        discount.setId(id + "-discount");
        taxRate.setLabel(getTranslation("sales.field.taxRate"));
        taxRate.setSuffixComponent(new Span("%"));
        taxRate.setWidth("6rem");
        taxRate.setId(id + "-tax");
        net.addClassName("sales-line-net");
        net.setId(id + "-net");
        net.getStyle().set("min-width", "7rem").set("text-align", "end").set("font-variant-numeric", "tabular-nums");
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> remove.accept(this));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("sales.form.removeLine"));
        delete.setId(id + "-remove");
        add(product, quantity, uom, unitPrice, discount, taxRate, net, delete);

        product.addValueChangeListener(e -> {
            if (e.getValue() != null && (uom.isEmpty() || e.getOldValue() != null)) {
                uom.setValue(e.getValue().salesUom());
            }
            reprice.run();
        });
        quantity.addValueChangeListener(e -> reprice.run());
        uom.addValueChangeListener(e -> reprice.run());
        unitPrice.addValueChangeListener(e -> {
            if (!filling && e.isFromClient()) {
                listPrice = e.getValue() == null;
            }
            changed.run();
        });
        discount.addValueChangeListener(e -> changed.run());
        taxRate.addValueChangeListener(e -> changed.run());
    }

    /** Shows the price list's price, unless the user typed one. */
    void listPrice(BigDecimal price) {
        if (!listPrice) {
            return;
        }
        filling = true;
        try {
            unitPrice.setValue(price);
            unitPrice.setHelperText(price == null ? null : getTranslation("sales.form.fromPriceList"));
        } finally {
            filling = false;
        }
    }

    /** Keeps a saved line's price as it is (the user's or the list's at the time). */
    void keepPrice() {
        listPrice = false;
    }

    boolean usesListPrice() {
        return listPrice;
    }

    /** The line as saved: without a typed price the server resolves the price list's again. */
    QuotationDesk.Line line() {
        return new QuotationDesk.Line(product.getValue() == null ? null : product.getValue().id(), quantity.getValue(),
                uom.getValue(), listPrice ? null : unitPrice.getValue(), discount.getValue(), taxRate.getValue());
    }
}
