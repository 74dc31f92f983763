package io.tessera.plugins.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document (D12) is public and describes the whole API: the kernel's, the tenants module's and this real
 * plugin jar's endpoints with their methods, the security schemes, and problem+json errors.
 */
class OpenApiIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin().build();

    @Test
    void theDocumentDescribesKernelTenantsAndPluginEndpoints() {
        ApiResponse response = kernel.anonymousApi().get("/v3/api-docs");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode doc = new ObjectMapper().readTree(response.body());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        assertThat(doc.get("info").get("title").asString()).isEqualTo("Tessera API");

        JsonNode paths = doc.get("paths");
        // kernel
        assertThat(methods(paths, "/api/v1/parties")).contains("get", "post");
        // tenants module
        assertThat(methods(paths, "/api/v1/admin/modules")).contains("get");
        assertThat(methods(paths, "/api/v1/admin/modules/{id}/purge")).contains("post");
        assertThat(methods(paths, "/api/v1/platform/tenants/{slug}")).contains("delete");
        // the accounting plugin, loaded by PF4J from its jar
        assertThat(methods(paths, "/api/v1/accounting/invoices")).contains("get", "post");
        assertThat(methods(paths, "/api/v1/accounting/invoices/{id}/confirm")).contains("post");
        assertThat(methods(paths, "/api/v1/accounting/invoices/{id}")).contains("get", "put", "delete");
        assertThat(methods(paths, "/api/v1/accounting/journal-entries")).contains("get", "post");
        assertThat(methods(paths, "/api/v1/accounting/fiscal-years/{id}/close")).contains("post");
        assertThat(methods(paths, "/api/v1/accounting/tax-codes")).contains("get", "post");
        assertThat(methods(paths, "/api/v1/accounting/reports/tax")).contains("get");
        assertThat(methods(paths, "/api/v1/accounting/bank-accounts")).contains("get", "post");
        assertThat(methods(paths, "/api/v1/accounting/bank-accounts/{id}/statements")).contains("get", "post");
        assertThat(methods(paths, "/api/v1/accounting/bank-accounts/{id}/statements/{statementId}/lines")).contains("get");
        assertThat(methods(paths, "/api/v1/accounting/statement-lines/{lineId}/reconcile")).contains("post");
        assertThat(methods(paths, "/api/v1/accounting/reconciliation-rules")).contains("get", "post");
        assertThat(methods(paths, "/api/v1/accounting/reconciliation-rules/{id}")).contains("get", "put", "delete");
        assertThat(methods(paths, "/api/v1/accounting/bank-accounts/{id}/statements/{statementId}/apply-rules")).contains("post");
        // typed answers: the reconciliation report is a schema with its fields, not a free-form map
        assertThat(doc.get("components").get("schemas").get("Reconciliation").get("properties").has("difference")).isTrue();

        JsonNode schemes = doc.get("components").get("securitySchemes");
        assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.get("security").toString()).contains("\"basic\"", "\"bearer\"");
        JsonNode responses = paths.get("/api/v1/accounting/invoices/{id}").get("get").get("responses");
        assertThat(responses.propertyNames()).as(responses.toString()).contains("200", "401", "403", "404", "422");
        JsonNode notFound = responses.get("404");
        assertThat(notFound.get("content").get("application/problem+json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(doc.get("components").get("schemas").get("Problem").get("properties").has("errors")).isTrue();
    }

    private static List<String> methods(JsonNode paths, String path) {
        JsonNode item = paths.get(path);
        assertThat(item).as("path %s in %s", path, paths.propertyNames()).isNotNull();
        return new ArrayList<>(item.propertyNames());
    }
}
