package io.tessera.deploy.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tessera's REST API over plain HTTP, as an integrator calls it. */
final class TesseraApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Response(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        Response expect(int wanted) {
            if (status != wanted) {
                throw new AssertionError("expected HTTP " + wanted + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String secret) {
        return "Bearer " + secret;
    }

    Response get(String url, String authorization) throws IOException, InterruptedException {
        return send("GET", url, authorization, null);
    }

    Response post(String url, String authorization, Object body) throws IOException, InterruptedException {
        return send("POST", url, authorization, body == null ? "" : JSON.writeValueAsString(body));
    }

    Response delete(String url, String authorization) throws IOException, InterruptedException {
        return send("DELETE", url, authorization, null);
    }

    private Response send(String method, String url, String authorization, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    /** A tenant with its admin, and an API key (parties read/write) for the load. */
    record Tenant(String id, String slug, String adminEmail, String adminPassword, String apiKey) {
        String admin() {
            return basic(adminEmail, adminPassword);
        }
    }

    Tenant provision(String baseUrl, String slug) throws IOException, InterruptedException {
        String email = "admin@" + slug + ".example.com";
        String password = "Cluster-" + slug + "-Passw0rd!";
        JsonNode created = post(baseUrl + "/api/v1/platform/tenants", basic("platform", Cluster.PLATFORM_PASSWORD),
                Map.of("slug", slug, "name", "Tenant " + slug,
                        "admin", Map.of("email", email, "password", password, "name", "Ada Admin")))
                .expect(201).json();
        JsonNode key = post(baseUrl + "/api/v1/admin/api-keys", basic(email, password),
                Map.of("name", "load", "scopes", java.util.List.of("parties.read", "parties.write")))
                .expect(201).json();
        return new Tenant(created.get("id").asString(), slug, email, password, key.get("secret").asString());
    }
}
