package io.tessera.plugins.accounting.documents;

import io.tessera.plugins.accounting.invoicing.InvoiceView;
import io.tessera.sdk.party.PartySummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders an invoice, bill or credit note as a PDF: letterhead (logo, company name, address), the party, number and
 * dates, the lines, the tax breakdown by rate, the totals, payment terms and bank details, page numbers.
 */
final class InvoicePdf {

    private static final float SMALL = 8;
    private static final float BODY = 9.5f;
    private static final float LEAD = 13;
    // table columns: position, description, then right edges of quantity, unit price, tax rate, net
    private static final float COL_DESCRIPTION = PdfCanvas.MARGIN + 22;
    private static final float COL_QUANTITY = 330;
    private static final float COL_PRICE = 405;
    private static final float COL_RATE = 460;
    private static final float COL_NET = PdfCanvas.RIGHT;

    /**
     * What goes on the document.
     *
     * @param invoice  the document with its lines
     * @param party    its customer or vendor, or {@code null} when unknown
     * @param settings the tenant's letterhead
     * @param fallbackName the name printed when the settings have none (the tenant's slug)
     * @param logo     the logo's bytes, or {@code null}
     */
    record Input(InvoiceView invoice, PartySummary party, DocumentSettings settings, String fallbackName, byte[] logo) {
    }

    /** One tax rate's base and tax. */
    record TaxLine(BigDecimal rate, BigDecimal base, BigDecimal tax) {
    }

    private InvoicePdf() {
    }

    /** The tax breakdown: per rate (ascending) the sum of the line nets and of the line taxes. */
    static List<TaxLine> taxBreakdown(InvoiceView invoice) {
        Map<BigDecimal, BigDecimal[]> byRate = new TreeMap<>();
        for (InvoiceView.Line line : invoice.lines()) {
            BigDecimal[] sums = byRate.computeIfAbsent(line.taxRate().stripTrailingZeros(),
                    r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(line.net());
            sums[1] = sums[1].add(line.tax());
        }
        return byRate.entrySet().stream().map(e -> new TaxLine(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** The document's title key: invoice, credit note, bill or vendor credit note. */
    static String titleKey(InvoiceView invoice) {
        boolean customer = "CUSTOMER".equals(invoice.kind());
        if (invoice.creditNote()) {
            return customer ? "accounting.pdf.creditNote" : "accounting.pdf.vendorCreditNote";
        }
        return customer ? "accounting.pdf.invoice" : "accounting.pdf.bill";
    }

    static byte[] render(Input input, DocumentText text) {
        InvoiceView invoice = input.invoice();
        String currency = invoice.currency();
        String number = invoice.number() == null ? text.label("accounting.pdf.draft") : invoice.number();
        String title = text.label(titleKey(invoice)) + " " + number;
        try (PdfCanvas pdf = new PdfCanvas(title)) {
            letterhead(pdf, input);
            pdf.text(title, PdfCanvas.MARGIN, pdf.y(), pdf.bold, 16);
            pdf.down(26);
            float top = pdf.y();
            // the party on the left, the document's facts on the right
            pdf.text(text.label("customer".equalsIgnoreCase(invoice.kind()) ? "accounting.pdf.billTo" : "accounting.pdf.from"),
                    PdfCanvas.MARGIN, pdf.y(), pdf.bold, SMALL);
            pdf.down(LEAD);
            if (input.party() != null) {
                pdf.text(input.party().name(), PdfCanvas.MARGIN, pdf.y(), pdf.regular, BODY);
                pdf.down(LEAD);
                if (input.party().email() != null) {
                    pdf.text(input.party().email(), PdfCanvas.MARGIN, pdf.y(), pdf.regular, BODY);
                    pdf.down(LEAD);
                }
            }
            float left = pdf.y();
            float factsY = top;
            for (String[] fact : List.of(
                    new String[] {text.label("accounting.pdf.number"), number},
                    new String[] {text.label("accounting.pdf.date"), text.date(invoice.date())},
                    new String[] {text.label("accounting.pdf.dueDate"), text.date(invoice.dueDate())},
                    new String[] {text.label("accounting.pdf.currency"), currency})) {
                pdf.text(fact[0], 360, factsY, pdf.bold, SMALL);
                pdf.right(fact[1], PdfCanvas.RIGHT, factsY, pdf.regular, BODY);
                factsY -= LEAD;
            }
            pdf.down(Math.max(0, pdf.y() - Math.min(left, factsY)) + 14);

            Runnable header = () -> tableHeader(pdf, text);
            header.run();
            pdf.onNewPage(header);
            for (InvoiceView.Line line : invoice.lines()) {
                List<String> description = pdf.wrap(line.description(), pdf.regular, BODY, COL_QUANTITY - 60 - COL_DESCRIPTION);
                pdf.ensure(LEAD * description.size() + 4);
                float y = pdf.y();
                pdf.text(Integer.toString(line.lineNo()), PdfCanvas.MARGIN, y, pdf.regular, BODY);
                pdf.right(text.quantity(line.quantity()), COL_QUANTITY, y, pdf.regular, BODY);
                pdf.right(text.amount(line.unitPrice(), currency), COL_PRICE, y, pdf.regular, BODY);
                pdf.right(text.rate(line.taxRate()), COL_RATE, y, pdf.regular, BODY);
                pdf.right(text.amount(line.net(), currency), COL_NET, y, pdf.regular, BODY);
                for (String part : description) {
                    pdf.text(part, COL_DESCRIPTION, pdf.y(), pdf.regular, BODY);
                    pdf.down(LEAD);
                }
                pdf.down(2);
            }
            pdf.onNewPage(() -> { });
            pdf.ensure(LEAD * 2);
            pdf.line(PdfCanvas.MARGIN, pdf.y() + LEAD - 3, PdfCanvas.RIGHT, pdf.y() + LEAD - 3);
            pdf.down(6);

            List<TaxLine> taxes = taxBreakdown(invoice);
            pdf.ensure(LEAD * (taxes.size() + 5));
            pdf.text(text.label("accounting.pdf.taxBreakdown"), PdfCanvas.MARGIN, pdf.y(), pdf.bold, SMALL);
            pdf.right(text.label("accounting.pdf.taxBase"), 230, pdf.y(), pdf.bold, SMALL);
            pdf.right(text.label("accounting.pdf.taxAmount"), 300, pdf.y(), pdf.bold, SMALL);
            float totalsY = pdf.y();
            pdf.down(LEAD);
            for (TaxLine tax : taxes) {
                pdf.text(text.label("accounting.pdf.taxRate", text.rate(tax.rate())), PdfCanvas.MARGIN, pdf.y(), pdf.regular, BODY);
                pdf.right(text.amount(tax.base(), currency), 230, pdf.y(), pdf.regular, BODY);
                pdf.right(text.amount(tax.tax(), currency), 300, pdf.y(), pdf.regular, BODY);
                pdf.down(LEAD);
            }
            float afterTaxes = pdf.y();
            String[][] totals = {
                {text.label("accounting.pdf.subtotal"), text.amount(invoice.subtotal(), currency)},
                {text.label("accounting.pdf.tax"), text.amount(invoice.tax(), currency)},
                {text.label("accounting.pdf.total", currency), text.amount(invoice.total(), currency)}};
            for (int i = 0; i < totals.length; i++) {
                boolean last = i == totals.length - 1;
                pdf.text(totals[i][0], 360, totalsY, last ? pdf.bold : pdf.regular, last ? 11 : BODY);
                pdf.right(totals[i][1], PdfCanvas.RIGHT, totalsY, last ? pdf.bold : pdf.regular, last ? 11 : BODY);
                totalsY -= LEAD + (last ? 2 : 0);
            }
            pdf.down(pdf.y() - Math.min(afterTaxes, totalsY) + 18);

            terms(pdf, input, text);
            return pdf.finish(text.label("accounting.pdf.page"));
        }
    }

    private static void letterhead(PdfCanvas pdf, Input input) {
        DocumentSettings s = input.settings();
        float top = pdf.y();
        float logoHeight = input.logo() == null ? 0 : pdf.image(input.logo(), PdfCanvas.MARGIN, top, 160, 60);
        String name = s.companyName() == null ? input.fallbackName() : s.companyName();
        float y = top - 12;
        pdf.right(name, PdfCanvas.RIGHT, y, pdf.bold, 13);
        y -= 14;
        if (s.address() != null) {
            for (String line : pdf.wrap(s.address(), pdf.regular, SMALL, 220)) {
                pdf.right(line, PdfCanvas.RIGHT, y, pdf.regular, SMALL);
                y -= 10;
            }
        }
        pdf.down(Math.max(top - y, logoHeight) + 24);
    }

    private static void tableHeader(PdfCanvas pdf, DocumentText text) {
        float y = pdf.y();
        pdf.text("#", PdfCanvas.MARGIN, y, pdf.bold, SMALL);
        pdf.text(text.label("accounting.pdf.description"), COL_DESCRIPTION, y, pdf.bold, SMALL);
        pdf.right(text.label("accounting.pdf.quantity"), COL_QUANTITY, y, pdf.bold, SMALL);
        pdf.right(text.label("accounting.pdf.unitPrice"), COL_PRICE, y, pdf.bold, SMALL);
        pdf.right(text.label("accounting.pdf.taxRateColumn"), COL_RATE, y, pdf.bold, SMALL);
        pdf.right(text.label("accounting.pdf.net"), COL_NET, y, pdf.bold, SMALL);
        pdf.line(PdfCanvas.MARGIN, y - 4, PdfCanvas.RIGHT, y - 4);
        pdf.down(LEAD + 4);
    }

    private static void terms(PdfCanvas pdf, Input input, DocumentText text) {
        InvoiceView invoice = input.invoice();
        DocumentSettings s = input.settings();
        boolean customerInvoice = "CUSTOMER".equals(invoice.kind()) && !invoice.creditNote();
        if (customerInvoice) {
            paragraph(pdf, text.label("accounting.pdf.payBy", text.date(invoice.dueDate())), pdf.regular);
        }
        if (s.paymentTerms() != null) {
            paragraph(pdf, text.label("accounting.pdf.paymentTerms") + ": " + s.paymentTerms(), pdf.regular);
        }
        if (customerInvoice && s.bankDetails() != null) {
            pdf.down(4);
            paragraph(pdf, text.label("accounting.pdf.bankDetails"), pdf.bold);
            paragraph(pdf, s.bankDetails(), pdf.regular);
        }
    }

    private static void paragraph(PdfCanvas pdf, String value, org.apache.pdfbox.pdmodel.font.PDFont font) {
        for (String line : pdf.wrap(value, font, BODY, PdfCanvas.RIGHT - PdfCanvas.MARGIN)) {
            pdf.ensure(LEAD);
            pdf.text(line, PdfCanvas.MARGIN, pdf.y(), font, BODY);
            pdf.down(LEAD);
        }
    }
}
