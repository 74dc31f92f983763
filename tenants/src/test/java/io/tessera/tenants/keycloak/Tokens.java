package io.tessera.tenants.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Access tokens from the real Keycloak through the password grant (scope {@code organization}). */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Tokens() {
    }

    /** An access token for the user, from the test realm's password-grant client, with scope {@code organization}. */
    public static String password(KeycloakServer keycloak, String client, String username, String password) {
        return password(keycloak, client, username, password, "openid organization");
    }

    /**
     * An access token for the user with the given scope: {@code organization} names the user's one
     * organization (none if they have several: Keycloak would ask them to pick one interactively),
     * {@code organization:*} all of them.
     */
    public static String password(KeycloakServer keycloak, String client, String username, String password, String scope) {
        HttpResponse<String> response = request(keycloak, client, username, password, scope);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request for " + username + " failed: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    /** The raw token endpoint response (for benchmarks and refusals). */
    public static HttpResponse<String> request(KeycloakServer keycloak, String client, String username, String password,
                                               String scope) {
        String form = Map.of("grant_type", "password", "client_id", client, "username", username, "password", password,
                        "scope", scope)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT, decoded without verification (to look at what Keycloak put in). */
    public static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JSON.readTree(new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
