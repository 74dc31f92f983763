package io.tessera.plugins.accounting.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.plugins.accounting.invoicing.InvoiceView;
import io.tessera.sdk.party.PartySummary;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF layout without a server: tax breakdown by rate, credit note titles, characters the font lacks. */
class InvoicePdfTest {

    private static InvoiceView.Line line(int no, String description, String qty, String price, String rate, String net, String tax) {
        return new InvoiceView.Line(no, description, new BigDecimal(qty), new BigDecimal(price), new BigDecimal(rate),
                new BigDecimal(net), new BigDecimal(tax), null, null);
    }

    private static InvoiceView invoice(boolean creditNote, List<InvoiceView.Line> lines) {
        BigDecimal subtotal = lines.stream().map(InvoiceView.Line::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = lines.stream().map(InvoiceView.Line::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new InvoiceView(UUID.randomUUID(), "CUSTOMER", creditNote, null, creditNote ? "CN-000007" : "INV-000042", "POSTED",
                UUID.randomUUID(), LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 5), "EUR", subtotal, tax, subtotal.add(tax),
                BigDecimal.ZERO, subtotal.add(tax), null, 1, lines);
    }

    private static final List<InvoiceView.Line> LINES = List.of(
            line(1, "Beratung (Stunden)", "12.5", "96", "19", "1200.00", "228.00"),
            line(2, "Fachbuch", "2", "24.5", "7", "49.00", "3.43"),
            line(3, "Reisekosten", "1", "80", "19", "80.00", "15.20"));

    @Test
    void taxBreakdownSumsNetsAndTaxesPerRate() {
        List<InvoicePdf.TaxLine> taxes = InvoicePdf.taxBreakdown(invoice(false, LINES));
        assertThat(taxes).hasSize(2);
        assertThat(taxes.get(0).rate()).isEqualByComparingTo("7");
        assertThat(taxes.get(0).base()).isEqualByComparingTo("49.00");
        assertThat(taxes.get(0).tax()).isEqualByComparingTo("3.43");
        assertThat(taxes.get(1).rate()).isEqualByComparingTo("19");
        assertThat(taxes.get(1).base()).isEqualByComparingTo("1280.00");
        assertThat(taxes.get(1).tax()).isEqualByComparingTo("243.20");
    }

    @Test
    void germanInvoiceWithLetterheadRendersAndReadsBack() throws IOException {
        DocumentSettings settings = new DocumentSettings("Beispiel GmbH", "Hauptstraße 1\n10115 Berlin", "IBAN DE89 3704 0044 0532 0130 00",
                "14 Tage netto", null, "de", false, 1);
        PartySummary party = new PartySummary(UUID.randomUUID(), "company", "Kunde AG 漢字", "buchhaltung@kunde.test", null);
        byte[] pdf = InvoicePdf.render(new InvoicePdf.Input(invoice(false, LINES), party, settings, "beispiel", null),
                new DocumentText("de"));
        String text = text(pdf);
        assertThat(text).contains("Beispiel GmbH", "Hauptstraße 1", "Rechnung INV-000042", "Kunde AG ??",
                "12,5", "96,00", "1.200,00", "Steuer 7 % 49,00 3,43", "Steuer 19 % 1.280,00 243,20",
                "Zwischensumme 1.329,00", "Gesamt EUR 1.575,63", "05.11.2026", "05.12.2026", "14 Tage netto",
                "IBAN DE89 3704 0044 0532 0130 00");
        save(pdf, "invoice-de");
    }

    @Test
    void creditNoteHasItsTitleAndAsksForNoPayment() throws IOException {
        DocumentSettings settings = new DocumentSettings(null, null, "IBAN X", null, null, "en", false, 0);
        String text = text(InvoicePdf.render(new InvoicePdf.Input(invoice(true, LINES.subList(0, 1)), null, settings, "acme", null),
                new DocumentText("en")));
        assertThat(text).contains("acme", "Credit note CN-000007", "Total EUR 1,428.00");
        assertThat(text).doesNotContain("Please pay", "IBAN X");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    /** Keeps the PDF and a picture of its first page in target/documents, to look at. */
    private static void save(byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 80);
            ImageIO.write(page, "png", dir.resolve(name + ".png").toFile());
        }
    }
}
