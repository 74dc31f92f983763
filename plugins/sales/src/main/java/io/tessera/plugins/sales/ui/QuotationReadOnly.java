package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.tessera.plugins.sales.quotation.QuotationView;
import io.tessera.ui.kit.format.TenantFormat;

/** The parts of a quotation that is no longer a draft: who and when, the lines read-only, the totals. */
final class QuotationReadOnly {

    private QuotationReadOnly() {
    }

    /** Customer, date, validity and, when one was promised, the delivery date. */
    static Span summary(Component view, QuotationView q, String party, String contact) {
        TenantFormat format = TenantFormat.current();
        StringBuilder text = new StringBuilder(view.getTranslation("sales.quotation.summary",
                contact == null ? party : party + " (" + contact + ")", format.date(q.date()), format.date(q.validUntil())));
        if (q.promisedDate() != null) {
            text.append(" · ").append(view.getTranslation("sales.quotation.promised", format.date(q.promisedDate())));
        }
        Span who = new Span(text.toString());
        who.setId("sales-quotation-customer-name");
        return who;
    }

    /** The lines: product, quantity and unit, price, discount, tax and net, formatted. */
    static Grid<QuotationView.QuotationLine> lines(Component view, QuotationView q) {
        TenantFormat format = TenantFormat.current();
        Grid<QuotationView.QuotationLine> lines = new Grid<>();
        lines.addColumn(QuotationView.QuotationLine::description).setHeader(view.getTranslation("sales.field.productId"))
                .setAutoWidth(true).setFlexGrow(1);
        lines.addColumn(l -> format.number(l.quantity()) + " " + l.uom()).setHeader(view.getTranslation("sales.field.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.money(l.unitPrice(), q.currency())).setHeader(view.getTranslation("sales.field.unitPrice"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.percent(l.discount().movePointLeft(2))).setHeader(view.getTranslation("sales.field.discount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.percent(l.taxRate().movePointLeft(2))).setHeader(view.getTranslation("sales.field.taxRate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.money(l.net(), q.currency())).setHeader(view.getTranslation("sales.quotation.net"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.setItems(q.lines());
        lines.setAllRowsVisible(true);
        lines.setEmptyStateText(view.getTranslation("sales.quotation.noLines"));
        lines.setId("sales-quotation-lines");
        return lines;
    }

    /** Subtotal, tax and total in the quotation's currency. */
    static String totals(Component view, QuotationView q) {
        TenantFormat format = TenantFormat.current();
        return view.getTranslation("sales.quotation.totals", format.money(q.subtotal(), q.currency()),
                format.money(q.tax(), q.currency()), format.money(q.total(), q.currency()));
    }
}
