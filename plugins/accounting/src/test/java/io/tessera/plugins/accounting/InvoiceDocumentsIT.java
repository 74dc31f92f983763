package io.tessera.plugins.accounting;

import static io.tessera.plugins.accounting.LedgerIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Invoice PDFs and mail, end to end: the PDF's text (extracted with PDFBox) carries the number, the lines, the tax
 * breakdown and the totals in the tenant's language; sending goes through the kernel's outbox to a real SMTP server
 * (GreenMail) and arrives once with the PDF attached, also when the outbox delivers the event a second time; with the
 * activities module enabled, the send is a note in the party's timeline.
 */
class InvoiceDocumentsIT {

    private static final GreenMail SMTP = startSmtp();

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            // the optional activities module: a sent invoice becomes a note in the party's timeline
            .plugin(java.nio.file.Path.of("../activities/target/activities.jar"))
            .property("tessera.events.poll-interval", "200ms")
            .property("spring.mail.host", "127.0.0.1")
            .property("spring.mail.port", Integer.toString(SMTP.getSmtp().getPort()))
            .property("tessera.mail.from", "billing@docs.test")
            .build();

    private static final String INV = "/api/v1/accounting/invoices";
    private static final String MAILER = "accounting:InvoiceMailer";
    private static ApiClient api;
    private static Http http;
    private static String customer;

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @BeforeAll
    static void tenant() {
        api = Ledgers.tenantWithAccounting(kernel, "docs");
        http = Ledgers.http(kernel, "docs");
        ApiResponse activities = api.put("/api/v1/admin/modules/activities", "");
        assertThat(activities.status()).as(activities.body()).isEqualTo(200);
        ApiResponse party = api.post("/api/v1/parties",
                "{\"kind\":\"company\",\"name\":\"Müller & Söhne GmbH\",\"email\":\"ap@mueller.test\"}");
        assertThat(party.status()).as(party.body()).isEqualTo(201);
        customer = party.json().get("id").asString();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void pdfShowsNumberLinesTaxBreakdownAndTotalsInTheTenantsLanguage() throws IOException {
        ApiResponse saved = api.put("/api/v1/accounting/document-settings", """
                {"companyName":"Docs Trading Ltd","address":"1 Harbour Road\\nBristol BS1 4XX","bankDetails":"IBAN GB33 BUKB 2020 1555 5555 55",
                 "paymentTerms":"30 days net","language":"en"}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(http.putBytes("/api/v1/accounting/document-settings/logo", "image/png", png()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/accounting/document-settings").json().get("logo").asBoolean()).isTrue();

        String id = confirmedInvoice("""
                {"description":"Consulting","quantity":"10","unitPrice":"123.45","taxRate":"20"},
                {"description":"Books","quantity":"3","unitPrice":"19.99","taxRate":"7"},
                {"description":"Training voucher","quantity":"1","unitPrice":"1000","taxRate":"20"}""");
        JsonNode invoice = api.get(INV + "/" + id).json();
        String number = invoice.get("number").asString();
        // 1234.50 + 1000 at 20 % = 246.90 + 200.00; 59.97 at 7 % = 4.20 (4.1979 half-up)
        assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("2745.57");

        Http.Binary pdf = http.bytes(INV + "/" + id + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.disposition()).contains(number + ".pdf");
        String en = text(pdf.body());
        assertThat(en).contains("Docs Trading Ltd", "1 Harbour Road", "Invoice " + number, "Müller & Söhne GmbH", "ap@mueller.test",
                "Consulting", "1,234.50", "Books", "59.97", "Training voucher", "1,000.00");
        assertThat(en).contains("Tax 7 % 59.97 4.20", "Tax 20 % 2,234.50 446.90");
        assertThat(en).contains("Subtotal 2,294.47", "Tax 451.10", "Total EUR 2,745.57");
        assertThat(en).contains("30 days net", "IBAN GB33 BUKB 2020 1555 5555 55", "Page 1 of 1", "1 Mar 2026", "31 Mar 2026");

        String de = text(http.bytes(INV + "/" + id + "/pdf?lang=de").body());
        assertThat(de).contains("Rechnung " + number, "Steuer 7 % 59,97 4,20", "Steuer 20 % 2.234,50 446,90",
                "Zwischensumme 2.294,47", "Gesamt EUR 2.745,57", "Bankverbindung", "01.03.2026", "Seite 1 von 1");

        assertProblem(api.get(INV + "/" + id + "/pdf?lang=fr"), 422, "lang");
        assertThat(http.bytes(INV + "/" + UUID.randomUUID() + "/pdf").status()).isEqualTo(404);
        ApiClient other = Ledgers.tenantWithAccounting(kernel, "docs-other");
        assertThat(other.get(INV + "/" + id + "/pdf").status()).isEqualTo(404);
        assertProblem(api.put("/api/v1/accounting/document-settings", """
                {"companyName":"%s","replyTo":"not-an-address","language":"fr"}""".formatted("x".repeat(201))), 422, "language");
        ApiResponse bad = api.put("/api/v1/accounting/document-settings", """
                {"companyName":"%s","replyTo":"not-an-address","language":"fr"}""".formatted("x".repeat(201)));
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("companyName", "replyTo", "language");
        assertThat(http.putBytes("/api/v1/accounting/document-settings/logo", "image/png", new byte[] {1, 2, 3}).status()).isEqualTo(422);
    }

    @Test
    void aLongInvoiceBreaksOntoMorePagesAndADraftIsMarked() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 70; i++) {
            lines.append(i > 1 ? "," : "").append("{\"description\":\"Item %d with a description long enough to wrap onto a second line of the table\",\"quantity\":\"1\",\"unitPrice\":\"1\",\"taxRate\":\"0\"}".formatted(i));
        }
        ApiResponse draft = api.post(INV, invoiceBody(lines.toString()));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String text = text(http.bytes(INV + "/" + draft.json().get("id").asString() + "/pdf").body());
        assertThat(text).contains("Invoice (draft)", "Item 1 with", "Item 70 with", "Total EUR 70.00", "Tax 0 % 70.00 0.00");
        assertThat(text).containsPattern("Page 1 of [3-9]");
    }

    @Test
    void sendingDeliversOnceWithThePdfAttachedAlsoWhenTheOutboxDeliversTwice() throws Exception {
        String id = confirmedInvoice("""
                {"description":"Support contract","quantity":"1","unitPrice":"500","taxRate":"19"}""");
        String number = api.get(INV + "/" + id).json().get("number").asString();
        int before = SMTP.getReceivedMessages().length;

        ApiResponse queued = api.post(INV + "/" + id + "/send", "");
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        assertThat(queued.json().get("to").asString()).isEqualTo("ap@mueller.test");
        String sendId = queued.json().get("id").asString();
        assertThat(SMTP.waitForIncomingEmail(30_000, before + 1)).isTrue();
        awaitSent(id, sendId);

        MimeMessage mail = SMTP.getReceivedMessages()[before];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ap@mueller.test");
        assertThat(mail.getSubject()).contains(number);
        assertThat(mail.getMessageID()).contains(sendId);
        byte[] attachment = pdfAttachment(mail);
        assertThat(text(attachment)).contains("Invoice " + number, "Total EUR 595.00", "Tax 19 % 500.00 95.00");

        // the outbox delivers the same event again (a crash before the row was removed, another node): nothing is sent
        String payload = "{\"sendId\":\"" + sendId + "\"}";
        try (Connection c = kernel.adminConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into outbox_events (tenant_id, id, event_type, listener, payload, created_at, available_at, attempts, version)
                values (?::uuid, ?, ?, ?, ?, now(), now(), 0, 0)""")) {
            insert.setString(1, kernel.tenant("docs").id().toString());
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, "io.tessera.plugins.accounting.documents.InvoiceMailQueued");
            insert.setString(4, MAILER);
            insert.setString(5, payload);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        awaitOutboxEmpty();
        assertThat(SMTP.getReceivedMessages()).hasSize(before + 1);
        // the send is in the party's activity timeline (activities enabled), once
        JsonNode notes = api.get("/api/v1/activities?moduleId=accounting&recordId=" + sendId).json().get("items");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("subject").asString()).contains(number);
        JsonNode sends = api.get(INV + "/" + id + "/sends").json();
        assertThat(sends.get("items")).hasSize(1);
        assertThat(sends.get("sentTo").asString()).isEqualTo("ap@mueller.test");

        // an explicit recipient; refusals
        ApiResponse explicit = api.post(INV + "/" + id + "/send", "{\"to\":\"boss@mueller.test\",\"language\":\"de\"}");
        assertThat(explicit.status()).as(explicit.body()).isEqualTo(202);
        assertThat(SMTP.waitForIncomingEmail(30_000, before + 2)).isTrue();
        MimeMessage german = SMTP.getReceivedMessages()[before + 1];
        assertThat(german.getSubject()).startsWith("Rechnung " + number);
        assertThat(text(pdfAttachment(german))).contains("Gesamt EUR 595,00");
        assertProblem(api.post(INV + "/" + id + "/send", "{\"to\":\"nobody\"}"), 422, "to");
        assertProblem(api.post(INV + "/" + id + "/send", "{\"language\":\"fr\"}"), 422, "language");
        ApiResponse draft = api.post(INV, invoiceBody("{\"description\":\"x\",\"quantity\":\"1\",\"unitPrice\":\"1\",\"taxRate\":\"0\"}"));
        assertProblem(api.post(INV + "/" + draft.json().get("id").asString() + "/send", ""), 409, null);
        String silent = api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"No Mail Inc\"}").json().get("id").asString();
        ApiResponse noMail = api.post(INV, invoiceBody("{\"description\":\"x\",\"quantity\":\"1\",\"unitPrice\":\"1\",\"taxRate\":\"0\"}")
                .replace(customer, silent));
        String noMailId = noMail.json().get("id").asString();
        assertThat(api.post(INV + "/" + noMailId + "/confirm", "").status()).isEqualTo(200);
        assertProblem(api.post(INV + "/" + noMailId + "/send", ""), 422, "to");
        assertThat(api.post(INV + "/" + UUID.randomUUID() + "/send", "").status()).isEqualTo(404);
        assertThat(SMTP.getReceivedMessages()).hasSize(before + 2);
    }

    private static void awaitSent(String invoice, String sendId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonNode sends = api.get(INV + "/" + invoice + "/sends").json().get("items");
            for (JsonNode s : sends) {
                if (s.get("id").asString().equals(sendId) && "SENT".equals(s.get("state").asString())) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("send " + sendId + " was not marked sent");
    }

    private static void awaitOutboxEmpty() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (kernel.countAsSuperuser("select count(*) from outbox_events where listener = ?", MAILER) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the outbox did not deliver: "
                        + kernel.queryAsSuperuser("select last_error from outbox_events where listener = ? limit 1", MAILER));
            }
            Thread.sleep(100);
        }
    }

    private static byte[] pdfAttachment(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static String confirmedInvoice(String lines) {
        ApiResponse created = api.post(INV, invoiceBody(lines));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        ApiResponse confirmed = api.post(INV + "/" + id + "/confirm", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return id;
    }

    private static String invoiceBody(String lines) {
        return """
                {"kind":"customer","partyId":"%s","date":"2026-03-01","dueDate":"2026-03-31","currency":"EUR","lines":[%s]}
                """.formatted(customer, lines);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

}
