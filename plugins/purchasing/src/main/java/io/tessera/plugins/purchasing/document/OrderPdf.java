package io.tessera.plugins.purchasing.document;

import io.tessera.plugins.purchasing.order.OrderView;
import io.tessera.sdk.CurrentTenant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a purchase order (or a request for quotation, while it is a draft) as an A4 PDF with Apache PDFBox: the
 * buyer's name (the tenant's), number, supplier, date, one row per line (description, quantity and unit, unit price, expected date, amount) and
 * the total, labels from the module's message bundle in the caller's locale, numbers and dates formatted for it.
 * Long orders continue on further pages. Characters the standard fonts cannot show are replaced by {@code ?}.
 */
public class OrderPdf {

    private final CurrentTenant tenant;

    OrderPdf(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    private static final float MARGIN = 50;
    private static final float ROW = 16;
    private static final float[] COLUMNS = {MARGIN, 300, 370, 440, 505};

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /**
     * The PDF of an order.
     *
     * @param order  the order
     * @param locale the reader's locale
     * @return the PDF's bytes
     */
    public byte[] render(OrderView order, Locale locale) {
        ResourceBundle text = ResourceBundle.getBundle("i18n.purchasing", locale, OrderPdf.class.getClassLoader());
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(6);
        NumberFormat money = NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(6);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Page page = new Page(pdf);
            page.text(bold, 12, MARGIN, safe(tenant.displayName()));
            page.down(22);
            String title = text.getString("DRAFT".equals(order.state()) ? "purchasing.pdf.rfq" : "purchasing.pdf.po");
            page.text(bold, 18, MARGIN, title + " " + order.number());
            page.down(28);
            page.text(regular, 11, MARGIN, text.getString("purchasing.pdf.supplier") + ": " + safe(order.partyName()));
            page.down(ROW);
            page.text(regular, 11, MARGIN, text.getString("purchasing.pdf.date") + ": " + date.format(order.date())
                    + "    " + text.getString("purchasing.pdf.currency") + ": " + order.currency());
            page.down(28);
            header(page, text);
            for (OrderView.Line line : order.lines()) {
                if (page.y < MARGIN + 3 * ROW) {
                    page = page.next();
                    header(page, text);
                }
                page.text(regular, 10, COLUMNS[0], clip(line.line() + ". " + (line.sku() == null ? "" : line.sku() + " ")
                        + line.description(), 48));
                page.right(regular, 10, COLUMNS[2] - 8, number.format(line.quantity()) + " " + line.uom());
                page.right(regular, 10, COLUMNS[3] - 8, money.format(line.unitPrice()));
                page.text(regular, 10, COLUMNS[3], date.format(line.expectedDate()));
                page.right(regular, 10, PDRectangle.A4.getWidth() - MARGIN, money.format(line.subtotal()));
                page.down(ROW);
            }
            page.down(8);
            page.right(bold, 11, PDRectangle.A4.getWidth() - MARGIN, text.getString("purchasing.pdf.total") + " "
                    + money.format(order.total() == null ? BigDecimal.ZERO : order.total()) + " " + order.currency());
            if (order.notes() != null && !order.notes().isBlank()) {
                page.down(28);
                page.text(regular, 10, MARGIN, clip(order.notes().replaceAll("\\s+", " "), 100));
            }
            page.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render purchase order " + order.number(), e);
        }
    }

    private void header(Page page, ResourceBundle text) throws IOException {
        page.text(bold, 10, COLUMNS[0], text.getString("purchasing.pdf.item"));
        page.right(bold, 10, COLUMNS[2] - 8, text.getString("purchasing.pdf.quantity"));
        page.right(bold, 10, COLUMNS[3] - 8, text.getString("purchasing.pdf.unitPrice"));
        page.text(bold, 10, COLUMNS[3], text.getString("purchasing.pdf.expected"));
        page.right(bold, 10, PDRectangle.A4.getWidth() - MARGIN, text.getString("purchasing.pdf.amount"));
        page.down(ROW);
    }

    private static String clip(String s, int max) {
        String t = safe(s);
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /** Keeps what WinAnsiEncoding (the standard fonts' encoding) can show. */
    static String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        java.nio.charset.CharsetEncoder cp1252 = java.nio.charset.Charset.forName("windows-1252").newEncoder();
        s.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            b.append(c >= 32 && cp1252.canEncode(ch) ? ch : "?");
        });
        return b.toString();
    }

    /** One page being written, top to bottom. */
    private final class Page {

        private final PDDocument pdf;
        private final PDPageContentStream content;
        private float y;

        Page(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            this.content = new PDPageContentStream(pdf, page);
            this.y = PDRectangle.A4.getHeight() - MARGIN;
        }

        Page next() throws IOException {
            close();
            return new Page(pdf);
        }

        void down(float by) {
            y -= by;
        }

        void text(PDType1Font font, float size, float x, String s) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(safe(s));
            content.endText();
        }

        void right(PDType1Font font, float size, float right, String s) throws IOException {
            String t = safe(s);
            text(font, size, right - font.getStringWidth(t) / 1000 * size, t);
        }

        void close() throws IOException {
            content.close();
        }
    }
}
