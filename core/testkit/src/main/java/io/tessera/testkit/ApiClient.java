package io.tessera.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A small HTTP client for a running kernel, signed in with HTTP Basic and optionally naming a tenant
 * with {@code X-Tenant}.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final URI base;
    private final String authorization;
    private final String tenant;

    ApiClient(URI base, String user, String password, String tenant) {
        this.base = base;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.tenant = tenant;
    }

    /**
     * A client for any running Tessera server.
     *
     * @param base     the server's base URI, e.g. {@code http://localhost:8080/}
     * @param user     user name for HTTP Basic, or {@code null} to stay anonymous
     * @param password the password
     * @return a client
     */
    public static ApiClient of(URI base, String user, String password) {
        return new ApiClient(base, user, password, null);
    }

    /**
     * A client that authenticates with a bearer token, such as a tenant's API key.
     *
     * @param base  the server's base URI
     * @param token the token
     * @return a client
     */
    public static ApiClient bearer(URI base, String token) {
        return new ApiClient(base, "Bearer " + token, (String) null);
    }

    /**
     * The same client, naming a tenant in every request.
     *
     * @param slug the tenant's slug
     * @return a new client
     */
    public ApiClient withTenant(String slug) {
        return new ApiClient(base, authorization, slug);
    }

    /**
     * The same server without credentials, as an anonymous caller (e.g. an invitee setting their password).
     *
     * @return a new client
     */
    public ApiClient anonymous() {
        return new ApiClient(base, null, (String) null);
    }

    /**
     * The same server, signed in as another user with HTTP Basic.
     *
     * @param user     the user name (email)
     * @param password the password
     * @return a new client
     */
    public ApiClient as(String user, String password) {
        return new ApiClient(base, user, password, null);
    }

    private ApiClient(URI base, String authorization, String tenant) {
        this.base = base;
        this.authorization = authorization;
        this.tenant = tenant;
    }

    /** GET a path such as {@code /api/v1/parties}. */
    public ApiResponse get(String path) {
        return send(request(path).GET());
    }

    /** POST a JSON body. */
    public ApiResponse post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** PUT a JSON body. */
    public ApiResponse put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** GET a path asking for another representation, e.g. {@code text/csv}. */
    public ApiResponse getAs(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    /** POST a body of another content type, e.g. {@code text/csv}. */
    public ApiResponse postAs(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** DELETE a path. */
    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (tenant != null) {
            builder.header("X-Tenant", tenant);
        }
        return builder;
    }

    private static ApiResponse send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
