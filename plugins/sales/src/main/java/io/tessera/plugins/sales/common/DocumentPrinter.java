package io.tessera.plugins.sales.common;

import io.tessera.sdk.CurrentTenant;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Prints quotations and order confirmations: the tenant's name, the customer, localized labels (English or German, from
 * {@code i18n/sales*.properties}), dates and numbers formatted for the locale, then {@link Pdf} lays it out.
 */
public final class DocumentPrinter {

    private static final Locale GERMAN = Locale.GERMAN;

    private final CurrentTenant tenant;

    DocumentPrinter(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    /**
     * A document's content, unformatted.
     *
     * @param quotation  {@code true} for a quotation, {@code false} for an order confirmation
     * @param number     the document number
     * @param partyName  the customer's name
     * @param date       the document date
     * @param validUntil a quotation's validity, or {@code null}
     * @param promisedDate the delivery date promised to the customer, or {@code null}
     * @param currency   the currency
     * @param lines      the lines
     * @param subtotal   sum of nets
     * @param tax        sum of taxes
     * @param total      total
     */
    public record Content(boolean quotation, String number, String partyName, LocalDate date, LocalDate validUntil,
                          LocalDate promisedDate, String currency, List<Line> lines, BigDecimal subtotal, BigDecimal tax, BigDecimal total) {
    }

    /**
     * A printed line.
     *
     * @param description what is sold
     * @param quantity    quantity
     * @param uom         unit
     * @param unitPrice   price per unit
     * @param discount    discount in percent
     * @param taxRate     tax rate in percent
     * @param net         net amount
     */
    public record Line(String description, BigDecimal quantity, String uom, BigDecimal unitPrice, BigDecimal discount,
                       BigDecimal taxRate, BigDecimal net) {
    }

    /**
     * The PDF of a document for a reader's locale (German for {@code de}, English otherwise).
     *
     * @param content what to print
     * @param locale  the reader's locale
     * @return the PDF's bytes
     */
    public byte[] print(Content content, Locale locale) {
        Locale lang = GERMAN.getLanguage().equals(locale.getLanguage()) ? GERMAN : Locale.ENGLISH;
        ResourceBundle labels = ResourceBundle.getBundle("i18n.sales", lang, DocumentPrinter.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(lang);
        int digits = Amounts.digits(content.currency());
        NumberFormat money = NumberFormat.getNumberInstance(lang);
        money.setMinimumFractionDigits(digits);
        money.setMaximumFractionDigits(digits);
        NumberFormat plain = NumberFormat.getNumberInstance(lang);
        plain.setMaximumFractionDigits(4);
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {labels.getString("sales.pdf.customer"), content.partyName()});
        facts.add(new String[] {labels.getString("sales.pdf.date"), dates.format(content.date())});
        if (content.validUntil() != null) {
            facts.add(new String[] {labels.getString("sales.pdf.validUntil"), dates.format(content.validUntil())});
        }
        if (content.promisedDate() != null) {
            facts.add(new String[] {labels.getString("sales.pdf.promisedDate"), dates.format(content.promisedDate())});
        }
        facts.add(new String[] {labels.getString("sales.pdf.currency"), content.currency()});
        List<List<String>> rows = new ArrayList<>();
        int no = 1;
        for (Line l : content.lines()) {
            rows.add(List.of(Integer.toString(no++), l.description(), plain.format(l.quantity()) + " " + l.uom(),
                    money.format(l.unitPrice()), plain.format(l.discount()) + " %", plain.format(l.taxRate()) + " %",
                    money.format(l.net())));
        }
        List<String[]> totals = List.of(
                new String[] {labels.getString("sales.pdf.subtotal"), money.format(content.subtotal()) + " " + content.currency()},
                new String[] {labels.getString("sales.pdf.tax"), money.format(content.tax()) + " " + content.currency()},
                new String[] {labels.getString("sales.pdf.total"), money.format(content.total()) + " " + content.currency()});
        String title = labels.getString(content.quotation() ? "sales.pdf.quotation" : "sales.pdf.order") + " " + content.number();
        return Pdf.render(new PrintedDocument(title, tenantName(), facts,
                List.of("#", labels.getString("sales.pdf.description"), labels.getString("sales.pdf.quantity"),
                        labels.getString("sales.pdf.unitPrice"), labels.getString("sales.pdf.discount"),
                        labels.getString("sales.pdf.taxRate"), labels.getString("sales.pdf.net")),
                List.of(false, false, true, true, true, true, true), rows, totals));
    }

    /** The tenant's display name, from the SDK. */
    private String tenantName() {
        return tenant.displayName();
    }
}
