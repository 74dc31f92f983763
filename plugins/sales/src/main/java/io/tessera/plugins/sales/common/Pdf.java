package io.tessera.plugins.sales.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/** Lays a {@link PrintedDocument} out on A4 pages with Apache PDFBox: header, facts, line table (paged), totals. */
public final class Pdf {

    private static final float MARGIN = 50;
    private static final float LINE = 14;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private Pdf() {
    }

    /**
     * Renders the document.
     *
     * @param doc what to print
     * @return the PDF's bytes
     */
    public static byte[] render(PrintedDocument doc) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(pdf, doc).write();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering " + doc.title() + " failed", e);
        }
    }

    /** Text the standard fonts can show: characters outside WinAnsi become '?'. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        GlyphList glyphs = GlyphList.getAdobeGlyphList();
        text.codePoints().forEach(cp -> sb.append(WinAnsiEncoding.INSTANCE.contains(glyphs.codePointToName(cp))
                ? Character.toString(cp) : cp == '\n' || cp == '\t' ? " " : "?"));
        return sb.toString();
    }

    private static final class Writer {

        private final PDDocument pdf;
        private final PrintedDocument doc;
        private final float[] widths;
        private PDPageContentStream page;
        private float y;
        private int pages;

        Writer(PDDocument pdf, PrintedDocument doc) {
            this.pdf = pdf;
            this.doc = doc;
            float usable = PDRectangle.A4.getWidth() - 2 * MARGIN;
            int n = doc.columns().size();
            this.widths = new float[n];
            // the description (second column) takes what the numeric columns leave
            float other = n > 2 ? usable * 0.14f : usable / n;
            for (int i = 0; i < n; i++) {
                widths[i] = i == 1 ? usable - other * (n - 1) : other;
            }
            if (n > 0) {
                widths[0] = Math.min(widths[0], 28);
                widths[1] += other - widths[0];
            }
        }

        void write() throws IOException {
            newPage();
            text(BOLD, 16, MARGIN, y, doc.title());
            y -= LINE * 1.6f;
            text(REGULAR, 10, MARGIN, y, doc.issuer());
            y -= LINE * 1.5f;
            for (String[] fact : doc.facts()) {
                text(BOLD, 10, MARGIN, y, fact[0]);
                text(REGULAR, 10, MARGIN + 110, y, fact[1]);
                y -= LINE;
            }
            y -= LINE;
            header();
            for (List<String> row : doc.rows()) {
                if (y < MARGIN + LINE * (doc.totals().size() + 2)) {
                    page.close();
                    newPage();
                    header();
                }
                row(REGULAR, row);
            }
            y -= LINE / 2;
            for (String[] total : doc.totals()) {
                float right = PDRectangle.A4.getWidth() - MARGIN;
                text(BOLD, 10, right - 250, y, total[0]);
                rightAligned(BOLD, 10, right, y, total[1]);
                y -= LINE;
            }
            page.close();
        }

        private void newPage() throws IOException {
            PDPage p = new PDPage(PDRectangle.A4);
            pdf.addPage(p);
            page = new PDPageContentStream(pdf, p);
            pages++;
            y = PDRectangle.A4.getHeight() - MARGIN;
            if (pages > 1) {
                text(REGULAR, 8, MARGIN, y, doc.title() + " (" + pages + ")");
                y -= LINE * 1.5f;
            }
        }

        private void header() throws IOException {
            row(BOLD, doc.columns());
            page.moveTo(MARGIN, y + LINE - 3);
            page.lineTo(PDRectangle.A4.getWidth() - MARGIN, y + LINE - 3);
            page.stroke();
        }

        private void row(PDType1Font font, List<String> cells) throws IOException {
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                String cell = fit(font, 9, cells.get(i), widths[i] - 4);
                if (doc.numeric().get(i)) {
                    rightAligned(font, 9, x + widths[i] - 2, y, cell);
                } else {
                    text(font, 9, x, y, cell);
                }
                x += widths[i];
            }
            y -= LINE;
        }

        private static String fit(PDType1Font font, float size, String text, float width) throws IOException {
            String t = printable(text);
            while (!t.isEmpty() && font.getStringWidth(t) / 1000 * size > width) {
                t = t.substring(0, t.length() - 1);
            }
            return t;
        }

        private void text(PDType1Font font, float size, float x, float at, String text) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, at);
            page.showText(printable(text));
            page.endText();
        }

        private void rightAligned(PDType1Font font, float size, float right, float at, String text) throws IOException {
            String t = printable(text);
            text(font, size, right - font.getStringWidth(t) / 1000 * size, at, t);
        }
    }
}
