package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.catalog.api.PriceQuery;
import io.tessera.plugins.catalog.api.Prices;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.catalog.api.ResolvedPrice;
import io.tessera.plugins.catalog.api.UnitMismatchException;
import io.tessera.plugins.sales.common.Amounts;
import io.tessera.plugins.sales.quotation.QuotationDesk;
import io.tessera.plugins.sales.quotation.QuotationView;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.ui.kit.form.FieldErrorMarks;
import io.tessera.ui.kit.format.TenantFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The lines of a draft quotation: one {@link LineEditor} per line, "Add line", the price list's price per line
 * (for the customer and currency the header holds) and live totals rounded as the server rounds them. Field errors
 * name lines by position, so each editor's fields are bound to its current index.
 */
final class QuotationLines extends VerticalLayout {

    private final ModuleServices services;
    private final TenantJdbc db;
    private final FieldErrorMarks errors;
    private final Supplier<UUID> party;
    private final Supplier<String> currency;
    private final List<LineEditor> editors = new ArrayList<>();
    private final VerticalLayout box = new VerticalLayout();
    private final Span totals = new Span();
    private int nextLine;

    /**
     * @param currency the currency code the lines are priced in (the header's, or the base currency)
     */
    QuotationLines(ModuleServices services, TenantJdbc db, FieldErrorMarks errors, Supplier<UUID> party,
                   Supplier<String> currency) {
        this.services = services;
        this.db = db;
        this.errors = errors;
        this.party = party;
        this.currency = currency;
        setPadding(false);
        setWidthFull();
        box.setPadding(false);
        box.setWidthFull();
        box.setId("sales-quotation-lines");
        Button add = new Button(getTranslation("sales.form.addLine"), e -> addLine().product.focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("sales-quotation-add-line");
        totals.setId("sales-quotation-totals");
        totals.getStyle().set("font-weight", "600");
        add(box, add, totals);
    }

    /** Shows a quotation's lines, or one empty line. */
    void load(List<QuotationView.QuotationLine> lines) {
        if (lines.isEmpty()) {
            addLine();
            recalc();
            return;
        }
        Map<UUID, ProductInfo> products = products().map(p -> db.tx().read(() -> p.findAll(
                lines.stream().map(QuotationView.QuotationLine::productId).toList()))).orElse(Map.of());
        for (QuotationView.QuotationLine l : lines) {
            LineEditor editor = addLine();
            editor.product.setValue(products.get(l.productId()));
            editor.quantity.setValue(l.quantity());
            editor.uom.setValue(l.uom());
            editor.keepPrice();
            editor.unitPrice.setValue(l.unitPrice());
            editor.discount.setValue(l.discount());
            editor.taxRate.setValue(l.taxRate());
        }
        recalc();
    }

    /** The lines as the form holds them. */
    List<QuotationDesk.Line> lines() {
        return editors.stream().map(LineEditor::line).toList();
    }

    private LineEditor addLine() {
        LineEditor[] self = new LineEditor[1];
        LineEditor editor = new LineEditor(nextLine++,
                query -> products().map(p -> db.tx().read(() -> p.search(query.getFilter().orElse(""), query.getOffset(),
                        query.getLimit()))).orElse(List.of()).stream().filter(ProductInfo::active),
                this::recalc, () -> reprice(self[0]), this::removeLine);
        self[0] = editor;
        editors.add(editor);
        box.add(editor);
        rebind();
        return editor;
    }

    private void removeLine(LineEditor editor) {
        editors.remove(editor);
        box.remove(editor);
        rebind();
        recalc();
    }

    private void rebind() {
        for (int i = 0; i < editors.size(); i++) {
            LineEditor e = editors.get(i);
            String line = "lines[" + i + "].";
            errors.bind(line + "productId", e.product);
            errors.bind(line + "quantity", e.quantity);
            errors.bind(line + "uom", e.uom);
            errors.bind(line + "unitPrice", e.unitPrice);
            errors.bind(line + "discount", e.discount);
            errors.bind(line + "taxRate", e.taxRate);
        }
    }

    /** Prices every line again (the customer or the currency changed). */
    void repriceAll() {
        editors.forEach(this::reprice);
    }

    /** The price list's price for the line's product, customer, quantity, unit and currency (none when it has none). */
    private void reprice(LineEditor editor) {
        if (editor == null) {
            return;
        }
        ProductInfo product = editor.product.getValue();
        BigDecimal quantity = editor.quantity.getValue();
        if (editor.usesListPrice() && product != null) {
            BigDecimal q = quantity == null || quantity.signum() <= 0 ? BigDecimal.ONE : quantity;
            String uom = editor.uom.getValue().isBlank() ? null : editor.uom.getValue().strip();
            Optional<Prices> prices = services.find(Prices.class);
            Optional<ResolvedPrice> price = prices.isEmpty() ? Optional.empty() : resolve(prices.get(),
                    new PriceQuery(product.id(), party.get(), q, uom, currency.get(), TenantFormat.current().today()));
            editor.listPrice(price.map(ResolvedPrice::unitPrice).orElse(null));
        }
        recalc();
    }

    private Optional<ResolvedPrice> resolve(Prices prices, PriceQuery query) {
        try {
            return db.tx().read(() -> prices.resolve(query));
        } catch (UnitMismatchException e) {
            // a unit that is not the product's: the save names the field; no price to show meanwhile
            return Optional.empty();
        }
    }

    /** Live totals, rounded as the server rounds them (per line, to the currency). */
    void recalc() {
        String code = currency.get();
        TenantFormat format = TenantFormat.current();
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (LineEditor e : editors) {
            BigDecimal q = e.quantity.getValue();
            BigDecimal price = e.unitPrice.getValue();
            if (q == null || price == null) {
                e.net.setText("");
                continue;
            }
            BigDecimal net = Amounts.net(q, price, orZero(e.discount.getValue()), code);
            subtotal = subtotal.add(net);
            tax = tax.add(Amounts.tax(net, orZero(e.taxRate.getValue()), code));
            e.net.setText(format.money(net, code));
        }
        totals.setText(getTranslation("sales.quotation.totals", format.money(subtotal, code), format.money(tax, code),
                format.money(subtotal.add(tax), code)));
    }

    private Optional<Products> products() {
        return services.find(Products.class);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
