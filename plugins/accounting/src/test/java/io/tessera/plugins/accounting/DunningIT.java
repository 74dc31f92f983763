package io.tessera.plugins.accounting;

import static io.tessera.plugins.accounting.LedgerIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Dunning end to end: levels, proposals by days overdue (the next level after the last one sent, never for disputed,
 * paid or not yet overdue invoices), sending a reviewed reminder by mail (GreenMail) and the party's history.
 */
class DunningIT {

    private static final GreenMail SMTP = startSmtp();

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .property("tessera.events.poll-interval", "200ms")
            .property("spring.mail.host", "127.0.0.1")
            .property("spring.mail.port", Integer.toString(SMTP.getSmtp().getPort()))
            .build();

    private static final String INV = "/api/v1/accounting/invoices";
    private static final String DUN = "/api/v1/accounting/dunning";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static ApiClient api;
    private static String customer;

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @BeforeAll
    static void tenant() {
        api = Ledgers.tenantWithAccounting(kernel, "dun");
        customer = api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Slow Payer Ltd\",\"email\":\"ap@slow.test\"}")
                .json().get("id").asString();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void proposesTheNextLevelByDaysOverdueSkipsDisputedAndPaidAndSendsReviewedReminders() throws Exception {
        level(1, 10, "First reminder", null);
        level(2, 30, "Second reminder", null);
        level(3, 60, "Final notice", "5.00");
        assertThat(api.get(DUN + "/levels").json().get("items")).hasSize(3);
        // a higher level must start later than a lower one; every invalid field is named
        assertProblem(api.put(DUN + "/levels/4", levelBody(20, "Too early", null)), 409, null);
        ApiResponse bad = api.put(DUN + "/levels/4", "{\"daysOverdue\":0,\"fee\":-1}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("daysOverdue", "name", "subject", "body", "fee");

        String overdue40 = invoice(40);
        String overdue20 = invoice(20);
        String overdue5 = invoice(5);
        String notDue = invoice(-3);
        String disputed = invoice(45);
        String paid = invoice(50);
        assertThat(api.put(INV + "/" + disputed + "/disputed", "{\"disputed\":true}").status()).isEqualTo(200);
        assertProblem(api.put(INV + "/" + disputed + "/disputed", "{}"), 422, "disputed");
        assertThat(api.put(INV + "/" + UUID.randomUUID() + "/disputed", "{\"disputed\":true}").status()).isEqualTo(404);
        ApiResponse payment = api.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"%s","amount":"119.00","allocations":[{"invoiceId":"%s","amount":"119.00"}]}"""
                .formatted(customer, TODAY, paid));
        assertThat(payment.status()).as(payment.body()).isEqualTo(201);

        JsonNode run = api.post(DUN + "/run", "").json();
        assertThat(run.get("proposed").asInt()).isEqualTo(2);
        Map<String, JsonNode> proposed = proposals("PROPOSED");
        assertThat(proposed.keySet()).containsExactlyInAnyOrder(overdue40, overdue20);
        assertThat(proposed.get(overdue40).get("level").asInt()).isEqualTo(1);
        assertThat(proposed.get(overdue40).get("daysOverdue").asInt()).isEqualTo(40);
        assertThat(proposed.get(overdue40).get("open").decimalValue()).isEqualByComparingTo("119.00");
        assertThat(proposed.get(overdue20).get("level").asInt()).isEqualTo(1);
        assertThat(proposed).doesNotContainKeys(overdue5, notDue, disputed, paid);
        // running again changes nothing
        assertThat(api.post(DUN + "/run", "").json().get("proposed").asInt()).isZero();
        assertThat(proposals("PROPOSED")).hasSize(2);

        // review: send the first reminder of both
        ApiResponse sent = api.post(DUN + "/proposals/" + proposed.get(overdue40).get("id").asString() + "/send", "");
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        assertThat(sent.json().get("state").asString()).isEqualTo("SENT");
        assertThat(sent.json().get("recipient").asString()).isEqualTo("ap@slow.test");
        assertThat(SMTP.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        String number = api.get(INV + "/" + overdue40).json().get("number").asString();
        assertThat(mail.getSubject()).isEqualTo("First reminder: " + number);
        assertThat(InvoiceDocumentsIT.text(pdfOf(mail))).contains("Invoice " + number);
        assertProblem(api.post(DUN + "/proposals/" + proposed.get(overdue40).get("id").asString() + "/send", ""), 409, null);
        ApiResponse dismissed = api.post(DUN + "/proposals/" + proposed.get(overdue20).get("id").asString() + "/dismiss", "");
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);

        // the next run: 40 days overdue reaches level 2; 20 days overdue stays (level 1 dismissed, level 2 from 30 days)
        api.post(DUN + "/run", "");
        Map<String, JsonNode> next = proposals("PROPOSED");
        assertThat(next.keySet()).containsExactly(overdue40);
        assertThat(next.get(overdue40).get("level").asInt()).isEqualTo(2);

        // disputed after the proposal: withdrawn on the next run
        assertThat(api.put(INV + "/" + overdue40 + "/disputed", "{\"disputed\":true}").status()).isEqualTo(200);
        assertProblem(api.post(DUN + "/proposals/" + next.get(overdue40).get("id").asString() + "/send", ""), 409, null);
        assertThat(api.post(DUN + "/run", "").json().get("withdrawn").asInt()).isEqualTo(1);
        assertThat(proposals("PROPOSED")).isEmpty();

        // history per party
        JsonNode history = api.get("/api/v1/accounting/parties/" + customer + "/dunning").json().get("items");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("invoiceNumber").asString()).isEqualTo(number);
        assertThat(history.get(0).get("levelName").asString()).isEqualTo("First reminder");
        assertThat(api.get("/api/v1/accounting/parties/" + UUID.randomUUID() + "/dunning").status()).isEqualTo(404);
        assertProblem(api.get(DUN + "/proposals?state=OPEN"), 422, "state");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    private static Map<String, JsonNode> proposals(String state) {
        Map<String, JsonNode> byInvoice = new HashMap<>();
        for (JsonNode p : api.get(DUN + "/proposals?state=" + state).json().get("items")) {
            byInvoice.put(p.get("invoiceId").asString(), p);
        }
        return byInvoice;
    }

    private static void level(int level, int days, String name, String fee) {
        ApiResponse saved = api.put(DUN + "/levels/" + level, levelBody(days, name, fee));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static String levelBody(int days, String name, String fee) {
        return """
                {"daysOverdue":%d,"name":"%s","subject":"%s: {number}","body":"Dear {party}, invoice {number} of {open} {currency} was due on {dueDate}.","fee":%s}
                """.formatted(days, name, name, fee == null ? "null" : "\"" + fee + "\"");
    }

    /** A confirmed invoice of 119.00 due {@code daysOverdue} days ago (negative: in the future). */
    private static String invoice(int daysOverdue) {
        LocalDate due = TODAY.minusDays(daysOverdue);
        ApiResponse created = api.post(INV, """
                {"kind":"customer","partyId":"%s","date":"%s","dueDate":"%s","lines":[
                  {"description":"Service","quantity":"1","unitPrice":"100","taxRate":"19"}]}"""
                .formatted(customer, due.minusDays(30), due));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.post(INV + "/" + id + "/confirm", "").status()).isEqualTo(200);
        return id;
    }

    private static byte[] pdfOf(MimeMessage mail) throws Exception {
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("application/pdf")) {
                return parts.getBodyPart(i).getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF attached");
    }
}
