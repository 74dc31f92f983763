package io.tessera.server.lifecycle;

import io.tessera.testkit.ExportZip;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The marketplace's actions, the tenant export and offboarding for a tenant with every first-party module (pipeline,
 * activities, leads, accounting — their real jars) enabled with its demonstration data and a posted journal entry,
 * next to another tenant with the same: each acts on this tenant's rows only, in an order that no foreign key
 * refuses. Run on PostgreSQL ({@link FirstPartyModulesIT}) and on the embedded default ({@link FirstPartyModulesEmbeddedIT}).
 */
abstract class FirstPartyModulesCases {

    static final String PASSWORD = "correct-horse-battery";
    static final List<String> MODULES = List.of("pipeline", "activities", "leads", "accounting");

    /** A kernel with the four first-party plugin jars, as the reactor built them. */
    static TesseraKernelExtension.Builder kernelWithEveryModule() {
        TesseraKernelExtension.Builder builder = TesseraKernelExtension.builder();
        for (String module : MODULES) {
            builder.plugin(Path.of("../../plugins/" + module + "/target/" + module + ".jar"));
        }
        try {
            return builder.property("tessera.exports.dir", Files.createTempDirectory("tessera-first-party").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    abstract TesseraKernelExtension kernel();

    @Test
    void purgingPipelineThenAccountingDeletesOnlyTheirRowsOfThisTenant() throws IOException {
        ApiClient admin = seededTenant("purger");
        seededTenant("purge-bystander");
        Map<String, Long> before = rows("purger");
        Map<String, Long> bystander = rows("purge-bystander");
        assertThat(before.get("pipeline_stages")).isPositive();
        assertThat(before.get("opportunities")).isPositive();
        assertThat(before.get("acc_entries")).isPositive();

        for (String module : List.of("pipeline", "accounting")) {
            ApiResponse impact = admin.get("/api/v1/admin/modules/" + module + "/impact?action=purge");
            assertThat(impact.status()).as(impact.body()).isEqualTo(200);
            ApiResponse purged = admin.post("/api/v1/admin/modules/" + module + "/purge",
                    "{\"confirmationToken\":\"" + impact.json().get("confirmationToken").asString() + "\"}");
            assertThat(purged.status()).as(purged.body()).isEqualTo(200);
            Map<String, List<String>> export = zipLines(Files.readAllBytes(Path.of(purged.json().get("export").asString())));
            purged.json().get("deleted").properties().forEach(deleted -> {
                assertThat(deleted.getValue().asLong()).as(deleted.getKey()).isEqualTo(before.get(deleted.getKey()));
                assertThat(export.get(deleted.getKey() + ".jsonl")).as(deleted.getKey()).hasSize((int) (long) before.get(deleted.getKey()));
            });
        }

        Map<String, Long> after = rows("purger");
        for (String table : List.of("pipelines", "pipeline_stages", "opportunities", "acc_accounts", "acc_entries", "acc_lines")) {
            assertThat(after.get(table)).as(table).isZero();
        }
        assertThat(after.get("leads")).isEqualTo(before.get("leads"));
        assertThat(after.get("activities")).isEqualTo(before.get("activities"));
        assertThat(rows("purge-bystander")).isEqualTo(bystander);
        assertThat(admin.get("/api/v1/pipeline/opportunities").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/leads").status()).isEqualTo(200);
    }

    @Test
    void impactDetachAndEnableAgainOfEveryModuleKeepTheirRows() {
        ApiClient admin = seededTenant("detacher");
        Map<String, Long> before = rows("detacher");
        for (String module : MODULES) {
            for (String action : List.of("detach", "purge")) {
                ApiResponse impact = admin.get("/api/v1/admin/modules/" + module + "/impact?action=" + action);
                assertThat(impact.status()).as(module + " " + action + ": " + impact.body()).isEqualTo(200);
                impact.json().get("tables").forEach(t -> assertThat(t.get("rows").asLong()).as(t.get("table").asString())
                        .isEqualTo(before.get(t.get("table").asString())));
            }
            ApiResponse detached = admin.delete("/api/v1/admin/modules/" + module);
            assertThat(detached.status()).as(module + ": " + detached.body()).isEqualTo(200);
            ApiResponse enableImpact = admin.get("/api/v1/admin/modules/" + module + "/impact?action=enable");
            assertThat(enableImpact.status()).as(module + ": " + enableImpact.body()).isEqualTo(200);
            assertThat(enableImpact.json().get("modules").toString()).isEqualTo("[\"" + module + "\"]");
            ApiResponse enabled = admin.put("/api/v1/admin/modules/" + module, "");
            assertThat(enabled.status()).as(module + ": " + enabled.body()).isEqualTo(200);
        }
        assertThat(rows("detacher")).isEqualTo(before);
    }

    @Test
    void theExportHoldsEveryRowOfTheTenant() throws Exception {
        seededTenant("exporter");
        Map<String, Long> before = rows("exporter");

        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(kernel().baseUri() + "api/v1/admin/export")).header("Authorization", basic("admin@exporter.test")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        Map<String, List<String>> export = zipLines(response.body());
        before.forEach((table, rows) -> assertThat(export.getOrDefault(table + ".jsonl", List.of())).as(table).hasSize((int) (long) rows));
        assertThat(before.get("acc_accounts")).isPositive();
    }

    @Test
    void offboardingATenantWithEveryModuleRemovesEveryRowItOwned() throws IOException {
        seededTenant("leaving");
        seededTenant("staying");
        Map<String, Long> leaving = rows("leaving");
        Map<String, Long> staying = rows("staying");
        String leavingId = tenantId("leaving");

        ApiResponse deleted = kernel().platformApi().delete("/api/v1/platform/tenants/leaving");

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        Map<String, List<String>> export = zipLines(Files.readAllBytes(Path.of(deleted.json().get("export").asString())));
        leaving.forEach((table, rows) -> {
            if (!"audit_log".equals(table)) {
                assertThat(export.getOrDefault(table + ".jsonl", List.of())).as(table).hasSize((int) (long) rows);
            }
        });
        for (String table : kernel().tenantTables()) {
            assertThat(kernel().countAsSuperuser("select count(*) from " + table + " where tenant_id = cast(? as uuid)", leavingId))
                    .as("rows of the deleted tenant in %s", table).isEqualTo("audit_log".equals(table) ? 1 : 0);
        }
        assertThat(rows("staying")).isEqualTo(staying);
    }

    @Test
    void aCompanyWithAnInvoiceAPaymentAWonDealAnActivityAndAConvertedLeadIsNotDeletedButArchived() {
        ApiClient admin = seededTenant("referenced");
        String company = admin.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Referenced Co\"}")
                .json().get("id").asString();
        String invoice = admin.post("/api/v1/accounting/invoices", """
                {"kind":"customer","partyId":"%s","date":"2026-05-01","lines":[{"description":"x","quantity":"1","unitPrice":"100"}]}
                """.formatted(company)).json().get("id").asString();
        assertThat(admin.post("/api/v1/accounting/invoices/" + invoice + "/confirm", "").status()).isEqualTo(200);
        ApiResponse payment = admin.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"2026-05-02","amount":"15.00","allocations":[{"invoiceId":"%s","amount":"15.00"}]}
                """.formatted(company, invoice));
        assertThat(payment.status()).as(payment.body()).isEqualTo(201);
        ApiResponse deal = admin.post("/api/v1/pipeline/opportunities", "{\"name\":\"Big deal\",\"partyId\":\"" + company
                + "\",\"amount\":1000,\"currency\":\"EUR\",\"expectedCloseDate\":\"2026-12-31\"}");
        assertThat(deal.status()).as(deal.body()).isEqualTo(201);
        assertThat(admin.post("/api/v1/pipeline/opportunities/" + deal.json().get("id").asString() + "/won", "").status())
                .isEqualTo(200);
        ApiResponse call = admin.post("/api/v1/activities",
                "{\"type\":\"call\",\"subject\":\"Called\",\"partyId\":\"" + company + "\"}");
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        String lead = admin.post("/api/v1/leads", "{\"name\":\"Lea Lead\",\"company\":\"Referenced Co\"}").json().get("id").asString();
        ApiResponse converted = admin.post("/api/v1/leads/" + lead + "/convert", "{\"createOpportunity\":false}");
        assertThat(converted.json().get("companyId").asString()).as(converted.body()).isEqualTo(company);
        Map<String, Long> before = rows("referenced");

        ApiResponse refused = admin.delete("/api/v1/parties/" + company);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Map<String, Long> references = new LinkedHashMap<>();
        refused.json().get("references").forEach(r ->
                references.put(r.get("module").asString() + ": " + r.get("kind").asString(), r.get("count").asLong()));
        assertThat(references).containsEntry("accounting: invoices and credit notes", 1L)
                .containsEntry("accounting: payments", 1L)
                .containsEntry("pipeline: deals", 1L)
                .containsEntry("leads: converted leads", 1L)
                .containsEntry("kernel: people of this company", 1L)
                .containsKey("accounting: journal lines");
        // the conversion's own note may or may not have been delivered yet: at least the call is counted
        assertThat(references.get("activities: activities")).isGreaterThanOrEqualTo(1L);
        assertThat(refused.json().get("detail").asString()).contains("Referenced Co", "Archive");
        Map<String, Long> after = rows("referenced");
        // the conversion's note is delivered asynchronously: its activity row appears and its outbox row goes meanwhile
        for (String asynchronous : List.of("activities", "outbox_events")) {
            after.remove(asynchronous);
            before.remove(asynchronous);
        }
        assertThat(after).as("nothing changed").isEqualTo(before);

        ApiResponse archived = admin.post("/api/v1/parties/" + company + "/archive", "");
        assertThat(archived.status()).as(archived.body()).isEqualTo(200);
        List<String> receivables = new java.util.ArrayList<>();
        admin.get("/api/v1/accounting/reports/aged-receivables?asOf=2026-05-03").json().get("lines").forEach(line -> {
            if (line.get("partyId").asString().equals(company)) {
                receivables.add(line.get("partyName").asString());
            }
        });
        assertThat(receivables).as("an archived party keeps its name on its records").containsExactly("Referenced Co");
        assertThat(admin.get("/api/v1/parties?q=Referenced").json().get("totalElements").asLong()).isZero();
    }

    /** A tenant with every first-party module enabled with its demonstration data, and a posted journal entry. */
    ApiClient seededTenant(String slug) {
        ApiClient admin = kernel().provisionTenant(slug, PASSWORD);
        // as the demo tenant is made: every module with its demonstration data
        kernel().enableWithDemoData(kernel().tenant(slug), MODULES.toArray(String[]::new));
        ApiResponse entry = admin.post("/api/v1/accounting/journal-entries", """
                {"date":"2026-03-02","description":"seed","post":true,"lines":[
                  {"account":"1500","debit":"5.00"},{"account":"2000","credit":"5.00"}]}
                """);
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        return admin;
    }

    /** The tenant's rows per tenant table, counted as superuser. */
    Map<String, Long> rows(String slug) {
        String id = tenantId(slug);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : kernel().tenantTables()) {
            if (!"audit_log".equals(table)) {
                rows.put(table, kernel().countAsSuperuser("select count(*) from " + table + " where tenant_id = cast(? as uuid)", id));
            }
        }
        return rows;
    }

    String tenantId(String slug) {
        return kernel().queryAsSuperuser("select cast(id as varchar) from tenants where slug = ?", slug);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, List<String>> zipLines(byte[] zip) throws IOException {
        return ExportZip.lines(zip);
    }
}
