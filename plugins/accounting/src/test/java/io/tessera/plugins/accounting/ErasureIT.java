package io.tessera.plugins.accounting;

import static io.tessera.plugins.accounting.Ledgers.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The append-only ledger can still be erased as a whole, through the module's own erase function: module purge and
 * tenant offboarding export first, then remove every accounting row of the tenant and none of another's; outside
 * that function the application role still cannot change or remove a posted row.
 */
class ErasureIT {

    static final List<String> LEDGER = List.of("acc_entries", "acc_lines", "acc_invoices", "acc_payments", "acc_allocations");
    static final List<String> BANKING = List.of("acc_tax_codes", "acc_party_tax_defaults", "acc_category_tax_defaults",
            "acc_bank_accounts", "acc_statements", "acc_statement_lines", "acc_reconciliation_rules");

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .property("tessera.exports.dir", tempDirectory().toString())
            .build();

    @Test
    void purgingAccountingExportsThenErasesTheTenantsLedgerOnly() throws Exception {
        ApiClient purger = tenantWithLedger("acc-purger");
        ApiClient bystander = tenantWithLedger("acc-bystander");
        Map<String, Long> bystanderBefore = rows("acc-bystander");
        Map<String, Long> purgerBefore = rows("acc-purger");
        LEDGER.forEach(t -> assertThat(purgerBefore.get(t)).as(t).isPositive());
        BANKING.forEach(t -> assertThat(purgerBefore.get(t)).as(t).isPositive());

        String token = purger.get("/api/v1/admin/modules/accounting/impact?action=purge").json()
                .get("confirmationToken").asString();
        ApiResponse purged = purger.post("/api/v1/admin/modules/accounting/purge", "{\"confirmationToken\":\"" + token + "\"}");

        assertThat(purged.status()).as(purged.body()).isEqualTo(200);
        JsonNode deleted = purged.json().get("deleted");
        Map<String, List<String>> export = zipLines(Path.of(purged.json().get("export").asString()));
        for (String table : LEDGER) {
            assertThat(deleted.get(table).asLong()).as(table).isEqualTo(purgerBefore.get(table));
            assertThat((long) export.get(table + ".jsonl").size()).as(table).isEqualTo(purgerBefore.get(table));
        }
        assertThat(rows("acc-purger").values()).allMatch(n -> n == 0);
        assertThat(rows("acc-bystander")).isEqualTo(bystanderBefore);
        assertThat(purger.get("/api/v1/accounting/journal-entries").status()).isEqualTo(404);
        assertThat(bystander.get("/api/v1/accounting/journal-entries").status()).isEqualTo(200);

        // enabling it again starts a fresh ledger
        assertThat(purger.put("/api/v1/admin/modules/accounting", "").status()).isEqualTo(200);
        assertThat(purger.post("/api/v1/accounting/journal-entries", entry("2026-03-02", true, "1500", "2000", "5.00"))
                .status()).isEqualTo(201);
    }

    @Test
    void offboardingATenantWithALedgerErasesEveryRowItOwned() throws Exception {
        tenantWithLedger("acc-leaving");
        tenantWithLedger("acc-staying");
        String leaving = kernel.queryAsSuperuser("select id::text from tenants where slug = 'acc-leaving'");
        Map<String, Long> leavingBefore = rows("acc-leaving");
        Map<String, Long> stayingBefore = rows("acc-staying");

        ApiResponse deleted = kernel.platformApi().delete("/api/v1/platform/tenants/acc-leaving");

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        Map<String, List<String>> export = zipLines(Path.of(deleted.json().get("export").asString()));
        for (String table : LEDGER) {
            assertThat((long) export.get(table + ".jsonl").size()).as(table).isEqualTo(leavingBefore.get(table));
        }
        for (String table : kernel.tenantTables()) {
            long left = kernel.countAsSuperuser("select count(*) from " + table + " where tenant_id = ?::uuid", leaving);
            assertThat(left).as("rows of the deleted tenant in %s", table).isEqualTo("audit_log".equals(table) ? 1 : 0);
        }
        assertThat(rows("acc-staying")).isEqualTo(stayingBefore);
    }

    @Test
    void outsideTheEraseFunctionPostedRowsStayImmutable() throws Exception {
        tenantWithLedger("acc-locked");
        String tenant = kernel.queryAsSuperuser("select id::text from tenants where slug = 'acc-locked'");
        Map<String, Long> before = rows("acc-locked");
        for (String sql : List.of("delete from acc_entries", "delete from acc_lines", "delete from acc_payments",
                "delete from acc_allocations", "update acc_payments set amount = amount + 1")) {
            assertThatThrownBy(() -> asApplicationRole(tenant, true, sql)).as(sql)
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        // the triggers still refuse the owner itself outside the function
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('accounting.erasing', 'off', true)");
            assertThatThrownBy(() -> s.executeUpdate("delete from acc_lines")).hasMessageContaining("immutable");
            c.rollback();
            c.setAutoCommit(true);
        }
        // without a tenant in scope the function refuses
        assertThatThrownBy(() -> asApplicationRole(null, false, "select acc_erase_tenant()"))
                .isInstanceOf(SQLException.class).hasMessageContaining("no tenant in scope");
        assertThat(rows("acc-locked")).isEqualTo(before);
    }

    /** A tenant with accounting enabled, a posted entry, a confirmed invoice and a payment allocated to it. */
    private static ApiClient tenantWithLedger(String slug) {
        ApiClient api = Ledgers.tenantWithAccounting(kernel, slug);
        String customer = api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Customer of " + slug + "\"}")
                .json().get("id").asString();
        assertThat(api.post("/api/v1/accounting/journal-entries", entry("2026-03-01", true, "1500", "2000", "50.00"))
                .status()).isEqualTo(201);
        ApiResponse invoice = api.post("/api/v1/accounting/invoices", """
                {"kind":"customer","partyId":"%s","date":"2026-03-01","dueDate":"2026-03-31","currency":"EUR","lines":[
                  {"description":"Consulting","quantity":"2","unitPrice":"50.00","taxRate":"20"}]}
                """.formatted(customer));
        assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);
        String id = invoice.json().get("id").asString();
        assertThat(api.post("/api/v1/accounting/invoices/" + id + "/confirm", "").status()).isEqualTo(200);
        ApiResponse payment = api.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"2026-03-10","amount":"60.00","allocations":[{"invoiceId":"%s","amount":"60.00"}]}
                """.formatted(customer, id));
        assertThat(payment.status()).as(payment.body()).isEqualTo(201);
        // tax codes with a party and a category default, a bank account with an imported statement, one line reconciled
        assertThat(api.post("/api/v1/accounting/tax-codes/seed", "").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/accounting/parties/" + customer + "/tax-defaults", "{\"sales\":\"RC\"}").status()).isEqualTo(200);
        assertThat(api.put("/api/v1/accounting/tax-codes/category-defaults/" + java.util.UUID.randomUUID(), "{\"sales\":\"VAT10\"}")
                .status()).isEqualTo(200);
        String bank = api.post("/api/v1/accounting/bank-accounts", "{\"name\":\"Main\",\"currency\":\"EUR\"}").json().get("id").asString();
        ApiResponse statement = api.postAs("/api/v1/accounting/bank-accounts/" + bank + "/statements?map.date=date&map.amount=amount",
                "text/csv", "date,amount\n2026-03-12,-4.50\n2026-03-13,60.00\n");
        assertThat(statement.status()).as(statement.body()).isEqualTo(201);
        String line = api.get("/api/v1/accounting/bank-accounts/" + bank + "/statements/" + statement.json().get("id").asString()
                + "/lines?suggest=false").json().get("items").get(0).get("line").get("id").asString();
        assertThat(api.post("/api/v1/accounting/statement-lines/" + line + "/reconcile", "{\"account\":\"5300\"}").status())
                .isEqualTo(200);
        // and a reconciliation rule
        assertThat(api.post("/api/v1/accounting/reconciliation-rules", "{\"name\":\"Fees\",\"reference\":\"fee\",\"account\":\"5300\"}")
                .status()).isEqualTo(201);
        return api;
    }

    /** The tenant's rows in every accounting table. */
    private static Map<String, Long> rows(String slug) {
        String tenant = kernel.queryAsSuperuser("select id::text from tenants where slug = ?", slug);
        Map<String, Long> rows = new HashMap<>();
        kernel.tenantTables().stream().filter(t -> t.startsWith("acc_")).forEach(t -> rows.put(t,
                kernel.countAsSuperuser("select count(*) from " + t + " where tenant_id = ?::uuid", tenant)));
        return rows;
    }

    /** Runs one statement on the kernel's own pool (the application role), with the tenant in scope if given. */
    private static void asApplicationRole(String tenant, boolean flagged, String sql) throws SQLException {
        try (Connection c = kernel.bean(DataSource.class).getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', ?, true), "
                        + "set_config('accounting.erasing', ?, true)")) {
                    s.setString(1, tenant == null ? "" : tenant);
                    s.setString(2, flagged ? "on" : "");
                    s.execute();
                }
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static Map<String, List<String>> zipLines(Path zip) throws IOException {
        Map<String, List<String>> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                entries.put(entry.getName(), text.isEmpty() ? List.of() : List.of(text.split("\n")));
            }
        }
        return entries;
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("tessera-acc-erasure");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
