package io.tessera.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.server.fuzz.FuzzCases.FuzzRequest;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends, for every write operation of the OpenAPI document of a kernel with every first-party plugin (real jars
 * from {@code target/plugins}, all enabled and seeded with one record each), NUL and other control characters in
 * every text field, 1 MB strings, integers and out-of-range values for dates, non-ISO currencies and exponent
 * numbers, to loopback, one request at a time, in a fixed order; and asserts that no answer is a 5xx and that every
 * error answer is problem+json. Prints its counts.
 */
class ApiFuzzIT {

    private static final String PASSWORD = "fuzz-password-123";
    /** A bound on the requests one run sends. */
    private static final int MAX_REQUESTS = 5000;

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(Path.of(System.getProperty("tessera.plugins.built", "target/plugins"), "pipeline.jar"),
                    Path.of(System.getProperty("tessera.plugins.built", "target/plugins"), "activities.jar"),
                    Path.of(System.getProperty("tessera.plugins.built", "target/plugins"), "leads.jar"),
                    Path.of(System.getProperty("tessera.plugins.built", "target/plugins"), "accounting.jar"),
                    Path.of(System.getProperty("tessera.plugins.built", "target/plugins"), "catalog.jar"),
                    Path.of(System.getProperty("tessera.plugins.built", "target/plugins"), "inventory.jar"),
                    Path.of(System.getProperty("tessera.plugins.built", "target/plugins"), "purchasing.jar"),
                    Path.of(System.getProperty("tessera.plugins.built", "target/plugins"), "sales.jar"))
            .property("server.address", "127.0.0.1")
            .property("tessera.leads.form.rate-limit", String.valueOf(MAX_REQUESTS))
            .build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void noWriteOperationAnswersA5xxOrAnErrorThatIsNotProblemJson() throws Exception {
        ApiClient admin = kernel.provisionTenant(Seed.TENANT, PASSWORD);
        kernel.provisionTenant(Seed.VICTIM, PASSWORD);
        Seed seed = Seed.create(admin, PASSWORD);
        HttpResponse<String> docs = send("GET", "/v3/api-docs", null, null);
        JsonNode document = JsonMapper.builder().build().readTree(docs.body());
        if (document.isString()) {
            document = JsonMapper.builder().build().readTree(document.asString());
        }
        assertThat(document.has("paths")).as("OpenAPI document (%d %s): %s", docs.statusCode(),
                docs.headers().firstValue("Content-Type").orElse(""), abbreviate(docs.body())).isTrue();
        List<ApiOperation> operations = new OpenApiDocument(document).writeOperations();
        FuzzCases cases = new FuzzCases(seed);
        List<FuzzRequest> requests = new ArrayList<>();
        for (ApiOperation operation : operations) {
            requests.addAll(cases.of(operation));
        }
        assertThat(requests.size()).as("requests of one run").isLessThanOrEqualTo(MAX_REQUESTS);

        int ok = 0;
        int clientErrors = 0;
        int serverErrors = 0;
        List<String> failures = new ArrayList<>();
        Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (FuzzRequest request : requests) {
            HttpResponse<String> response = send(request.method(), request.path(), request.body(), credentials(request.path()));
            int status = response.statusCode();
            byStatus.merge(status, 1, Integer::sum);
            byOperation.computeIfAbsent(request.operation(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500) {
                serverErrors++;
            } else if (status >= 400) {
                clientErrors++;
            } else {
                ok++;
            }
            if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
                failures.add(status + " " + type + " " + request.label() + " → " + abbreviate(response.body()));
            }
        }
        System.out.printf("fuzz: %d write operations, %d operations×cases, %d 2xx/3xx, %d 4xx, %d 5xx, %d not problem+json%n",
                operations.size(), requests.size(), ok, clientErrors, serverErrors, failures.size() - serverErrors);
        System.out.println("fuzz: by status " + byStatus);
        byOperation.forEach((operation, statuses) -> System.out.println("fuzz: " + operation + " " + statuses));
        failures.forEach(f -> System.out.println("fuzz failure: " + f));
        assertThat(operations).as("write operations in the OpenAPI document").hasSizeGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    /** The platform operator on the platform API, nobody on public endpoints, else the tenant's admin. */
    private String credentials(String path) {
        if (path.startsWith("/api/v1/platform/")) {
            return basic("platform", TesseraKernelExtension.PLATFORM_PASSWORD);
        }
        if (path.contains("/public/")) {
            return null;
        }
        return basic("admin@" + Seed.TENANT + ".test", PASSWORD);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + kernel.baseUri().getPort() + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
