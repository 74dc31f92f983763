package io.tessera.plugins.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Test fixtures: tenants, parties, products and stock through the real APIs, and the ledger's invariants. */
final class Sales {

    static final String PASSWORD = "correct-horse-battery";
    static final String Q = "/api/v1/sales/quotations";
    static final String O = "/api/v1/sales/orders";

    private Sales() {
    }

    /** A kernel with the real catalog, accounting and inventory jars of this build and the sales jar. */
    static TesseraKernelExtension kernel() {
        return TesseraKernelExtension.builder().builtPlugin()
                .plugin(Path.of("../catalog/target/catalog.jar"))
                .plugin(Path.of("../accounting/target/accounting.jar"))
                .plugin(Path.of("../inventory/target/inventory.jar"))
                // SalesFlowIT's webhook receiver listens on 127.0.0.1, which the kernel refuses by default
                .property("tessera.webhooks.allow-private-urls", "true")
                .build();
    }

    /** A tenant with sales (and thereby catalog and accounting) and, when asked, inventory enabled. */
    static ApiClient tenant(TesseraKernelExtension kernel, String slug, boolean inventory) {
        ApiClient api = kernel.provisionTenant(slug, PASSWORD);
        ok(api.put("/api/v1/admin/modules/sales", ""));
        if (inventory) {
            ok(api.put("/api/v1/admin/modules/inventory", ""));
        }
        return api;
    }

    static String party(ApiClient api, String name) {
        return created(api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"" + name + "\"}"));
    }

    static String product(ApiClient api, String sku, String type, String price) {
        return created(api.post("/api/v1/catalog/products", """
                {"sku":"%s","name":"Product %s","type":"%s","uom":"unit","salesPrice":"%s","currency":"EUR","costMethod":"fifo"}
                """.formatted(sku, sku, type, price)));
    }

    /** Receives and validates a quantity at 2.50 a unit. */
    static void stockUp(ApiClient api, String product, String quantity) {
        String receipt = created(api.post("/api/v1/inventory/receipts", "{\"lines\":[{\"productId\":\"" + product
                + "\",\"quantity\":\"" + quantity + "\",\"unitCost\":\"2.50\"}]}"));
        ok(api.post("/api/v1/inventory/receipts/" + receipt + "/validate", ""));
    }

    static JsonNode stock(ApiClient api, String product) {
        return ok(api.get("/api/v1/inventory/stock?productId=" + product));
    }

    static String quotation(ApiClient api, String party, String... lines) {
        return created(api.post(Q, "{\"partyId\":\"" + party + "\",\"lines\":[" + String.join(",", lines) + "]}"));
    }

    static String line(String product, String quantity) {
        return "{\"productId\":\"" + product + "\",\"quantity\":\"" + quantity + "\"}";
    }

    static String confirm(ApiClient api, String quotation) {
        return ok(api.post(Q + "/" + quotation + "/confirm", "")).get("orderId").asString();
    }

    static JsonNode order(ApiClient api, String order) {
        return ok(api.get(O + "/" + order));
    }

    /** A PDF as the tenant admin downloads it, in a language, and its text as PDFBox extracts it. */
    static String pdfText(TesseraKernelExtension kernel, String slug, String path, String language) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString(("admin@" + slug + ".test:" + PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpResponse<byte[]> response;
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient()) {
            response = http.send(java.net.http.HttpRequest.newBuilder(kernel.baseUri().resolve(path))
                    .header("Authorization", "Basic " + basic).header("Accept", "application/pdf")
                    .header("Accept-Language", language).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        }
        assertThat(response.statusCode()).as(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    static String created(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static void assertProblem(ApiResponse response, int status, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isNotBlank();
        if (fields.length > 0) {
            assertThat(response.json().get("errors").findValuesAsString("field")).as(response.body()).contains(fields);
        }
    }

    /** Per tenant with a ledger: debits equal credits (the trial balance balances); empty when sound. */
    static List<String> unbalancedLedgers(TesseraKernelExtension kernel) {
        List<String> violations = new ArrayList<>();
        String unbalanced = kernel.queryAsSuperuser("select count(*) from (select tenant_id from acc_lines group by tenant_id "
                + "having sum(base_debit) <> sum(base_credit)) x");
        if (!"0".equals(unbalanced)) {
            violations.add(unbalanced + " tenant ledgers do not balance");
        }
        return violations;
    }

    /** The posted balance (debit − credit) of the tenant's account with a role. */
    static java.math.BigDecimal roleBalance(TesseraKernelExtension kernel, String slug, String role) {
        return new java.math.BigDecimal(kernel.queryAsSuperuser("""
                select coalesce(sum(l.base_debit) - sum(l.base_credit), 0) from acc_lines l
                  join acc_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
                  join tenants t on t.id = l.tenant_id
                 where t.slug = ? and a.role = ?""", slug, role));
    }

    /** The posted receivable balance (debit − credit) of one party. */
    static java.math.BigDecimal receivable(TesseraKernelExtension kernel, String party) {
        return new java.math.BigDecimal(kernel.queryAsSuperuser("""
                select coalesce(sum(l.base_debit) - sum(l.base_credit), 0) from acc_lines l
                  join acc_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
                 where a.role = 'RECEIVABLE' and l.party_id = ?::uuid""", party));
    }
}
