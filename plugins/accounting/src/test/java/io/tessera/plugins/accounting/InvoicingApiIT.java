package io.tessera.plugins.accounting;

import static io.tessera.plugins.accounting.LedgerIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Accounting's published {@code Invoicing} as sales and purchasing use it: a real plugin jar ({@link InvoicerPlugin})
 * drafts customer invoices and vendor bills with line sources and role accounts, confirms them, credits them and reads
 * their status in batch, in its own transaction, on PostgreSQL as the application role.
 */
class InvoicingApiIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .plugin(InvoicerPlugin.jar()).build();

    private static final String API = "/api/v1/acc-invoicer";

    @AfterAll
    static void ledgerInvariantsHold() throws SQLException {
        assertThat(Ledgers.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void aCustomerInvoiceIsDraftedWithItsSourcesConfirmedPaidAndCreditedThroughTheApi() {
        ApiClient api = tenantWithInvoicer("ia-flow");
        String party = party(api, "Order Customer");
        UUID order = UUID.randomUUID();
        UUID line1 = UUID.randomUUID();
        UUID line2 = UUID.randomUUID();
        ApiResponse drafted = api.post(API + "/drafts", """
                {"kind":"CUSTOMER_INVOICE","partyId":"%s","date":"2026-04-02","lines":[
                  {"description":"Widget","quantity":"3","unitPrice":"10.00","taxRate":"20","documentId":"%s","lineId":"%s"},
                  {"description":"Setup","quantity":"1","unitPrice":"40.00","documentId":"%s","lineId":"%s"}]}
                """.formatted(party, order, line1, order, line2));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        JsonNode draft = drafted.json();
        String id = draft.get("id").asString();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("kind").asString()).isEqualTo("CUSTOMER_INVOICE");
        assertThat(draft.get("total").decimalValue()).isEqualByComparingTo("76.00");
        assertThat(draft.get("number").isNull()).isTrue();
        assertThat(kernel.queryAsSuperuser("select string_agg(source_module || ':' || source_document_id || ':' || source_line_id, ',' "
                + "order by line_no) from acc_invoice_lines where invoice_id = ?::uuid", id))
                .isEqualTo("acc-invoicer:" + order + ":" + line1 + ",acc-invoicer:" + order + ":" + line2);

        JsonNode posted = api.post(API + "/confirm/" + id, "").json();
        assertThat(posted.get("state").asString()).isEqualTo("POSTED");
        assertThat(posted.get("number").asString()).startsWith("INV-");
        assertThat(posted.get("open").decimalValue()).isEqualByComparingTo("76.00");
        assertProblem(api.post(API + "/confirm/" + id, ""), 409, null);

        ApiResponse paid = api.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"2026-04-05","amount":"30.00","allocations":[{"invoiceId":"%s","amount":"30.00"}]}
                """.formatted(party, id));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);

        ApiResponse credited = api.post(API + "/credit-notes/" + id, """
                {"date":"2026-04-06","confirm":true,"lines":[
                  {"description":"Widget returned","quantity":"1","unitPrice":"10.00","taxRate":"20","documentId":"%s","lineId":"%s"}]}
                """.formatted(order, line1));
        assertThat(credited.status()).as(credited.body()).isEqualTo(200);
        JsonNode creditNote = credited.json();
        assertThat(creditNote.get("creditNote").asBoolean()).isTrue();
        assertThat(creditNote.get("creditedInvoiceId").asString()).isEqualTo(id);
        assertThat(creditNote.get("number").asString()).startsWith("CN-");
        assertThat(creditNote.get("partyId").asString()).isEqualTo(party);

        JsonNode statuses = api.get(API + "/statuses?ids=" + id + "," + creditNote.get("id").asString() + "," + UUID.randomUUID())
                .json();
        assertThat(statuses.size()).isEqualTo(2);
        JsonNode invoice = statuses.get(id);
        assertThat(invoice.get("paid").decimalValue()).isEqualByComparingTo("42.00");
        assertThat(invoice.get("open").decimalValue()).isEqualByComparingTo("34.00");
        assertThat(statuses.get(creditNote.get("id").asString()).get("total").decimalValue()).isEqualByComparingTo("12.00");
        // the ledger holds both documents in receivables: 76 − 30 − 12
        assertThat(kernel.queryAsSuperuser("select sum(l.base_debit) - sum(l.base_credit) from acc_lines l join acc_accounts a "
                + "on a.tenant_id = l.tenant_id and a.id = l.account_id where a.role = 'RECEIVABLE' and l.party_id = ?::uuid", party))
                .isEqualTo("34.0000");
    }

    @Test
    void aVendorBillPostsItsLinesToTheAccountsOfTheirRoles() {
        ApiClient api = tenantWithInvoicer("ia-bill");
        String vendor = party(api, "Supplier");
        ApiResponse bill = api.post(API + "/drafts", """
                {"kind":"VENDOR_BILL","partyId":"%s","date":"2026-04-02","confirm":true,"lines":[
                  {"description":"Received goods","quantity":"10","unitPrice":"5.00","role":"STOCK_RECEIVED_NOT_BILLED"},
                  {"description":"Price difference","quantity":"10","unitPrice":"0.20","role":"PRICE_DIFFERENCE"}]}
                """.formatted(vendor));
        assertThat(bill.status()).as(bill.body()).isEqualTo(200);
        assertThat(bill.json().get("number").asString()).startsWith("BILL-");
        JsonNode invoice = api.get("/api/v1/accounting/invoices/" + bill.json().get("id").asString()).json();
        assertThat(invoice.get("lines").findValuesAsString("account")).containsExactly("3150", "5030");
        String entry = invoice.get("entryId").asString();
        JsonNode lines = api.get("/api/v1/accounting/journal-entries/" + entry).json().get("lines");
        assertThat(lines.findValuesAsString("account")).contains("3150", "5030");
    }

    @Test
    void badDraftsAreRefusedNamingTheFieldAndNothingIsWritten() {
        ApiClient api = tenantWithInvoicer("ia-bad");
        String party = party(api, "Customer");
        assertProblem(api.post(API + "/drafts", """
                {"kind":"CUSTOMER_INVOICE","partyId":"%s","date":"2026-04-02","lines":[
                  {"description":"x","quantity":"0","unitPrice":"1"}]}""".formatted(party)), 422, "lines[0].quantity");
        assertProblem(api.post(API + "/drafts", """
                {"kind":"CUSTOMER_INVOICE","partyId":"%s","lines":[{"description":"x","quantity":"1","unitPrice":"1"}]}
                """.formatted(party)), 422, "date");
        assertProblem(api.post(API + "/drafts", """
                {"partyId":"%s","date":"2026-04-02","lines":[{"description":"x","quantity":"1","unitPrice":"1"}]}
                """.formatted(party)), 422, "kind");
        assertProblem(api.post(API + "/drafts", """
                {"kind":"CUSTOMER_INVOICE","partyId":"%s","date":"2026-04-02","lines":[]}""".formatted(party)), 422, "lines");
        assertProblem(api.post(API + "/drafts", """
                {"kind":"CUSTOMER_INVOICE","partyId":"%s","date":"2026-04-02","currency":"XX","lines":[
                  {"description":"x","quantity":"1","unitPrice":"1"}]}""".formatted(party)), 422, "currency");
        // the caller's transaction fails after drafting and confirming: nothing stays
        assertProblem(api.post(API + "/drafts", """
                {"kind":"CUSTOMER_INVOICE","partyId":"%s","date":"2026-04-02","confirm":true,"failAfter":"caller failed","lines":[
                  {"description":"x","quantity":"1","unitPrice":"1"}]}""".formatted(party)), 409, null);
        assertThat(kernel.countAsSuperuser("select count(*) from acc_invoices i join tenants t on t.id = i.tenant_id "
                + "where t.slug = 'ia-bad'")).isZero();
        assertThat(kernel.countAsSuperuser("select count(*) from acc_entries e join tenants t on t.id = e.tenant_id "
                + "where t.slug = 'ia-bad'")).isZero();
    }

    @Test
    void anotherTenantsPartyAndDocumentsAreNotFound() {
        ApiClient a = tenantWithInvoicer("ia-a");
        ApiClient b = tenantWithInvoicer("ia-b");
        String theirs = party(a, "A's customer");
        String invoice = a.post(API + "/drafts", """
                {"kind":"CUSTOMER_INVOICE","partyId":"%s","date":"2026-04-02","confirm":true,"lines":[
                  {"description":"x","quantity":"1","unitPrice":"5"}]}""".formatted(theirs)).json().get("id").asString();
        assertProblem(b.post(API + "/drafts", """
                {"kind":"CUSTOMER_INVOICE","partyId":"%s","date":"2026-04-02","lines":[
                  {"description":"x","quantity":"1","unitPrice":"5"}]}""".formatted(theirs)), 404, "partyId");
        assertProblem(b.post(API + "/confirm/" + invoice, ""), 404, null);
        assertProblem(b.post(API + "/credit-notes/" + invoice, """
                {"date":"2026-04-06","lines":[{"description":"x","quantity":"1","unitPrice":"5"}]}"""), 404, "invoiceId");
        assertThat(b.get(API + "/statuses?ids=" + invoice).json().size()).isZero();
        assertThat(a.get(API + "/statuses?ids=" + invoice).json().size()).isEqualTo(1);
        // a draft cannot be credited
        String draft = a.post(API + "/drafts", """
                {"kind":"CUSTOMER_INVOICE","partyId":"%s","date":"2026-04-02","lines":[
                  {"description":"x","quantity":"1","unitPrice":"5"}]}""".formatted(theirs)).json().get("id").asString();
        assertProblem(a.post(API + "/credit-notes/" + draft, """
                {"date":"2026-04-06","lines":[{"description":"x","quantity":"1","unitPrice":"5"}]}"""), 409, null);
    }

    private static ApiClient tenantWithInvoicer(String slug) {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, slug);
        ApiResponse enabled = api.put("/api/v1/admin/modules/acc-invoicer", "");
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        return api;
    }

    private static String party(ApiClient client, String name) {
        ApiResponse created = client.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
