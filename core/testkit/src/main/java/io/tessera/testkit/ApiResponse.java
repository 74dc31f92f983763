package io.tessera.testkit;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP response from the kernel.
 *
 * @param status  status code
 * @param headers response headers
 * @param body    response body as text
 */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The body parsed as JSON. */
    public JsonNode json() {
        return JSON.readTree(body);
    }

    /** The {@code Content-Type} header, or empty. */
    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
