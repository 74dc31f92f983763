package io.tessera.server.fuzz;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One write operation of the OpenAPI document.
 *
 * @param method      POST, PUT, PATCH or DELETE
 * @param path        the path template, e.g. {@code /api/v1/leads/{id}}
 * @param pathParams  the names of its path variables, in order
 * @param queryParams its query parameters and their schemas
 * @param jsonBody    the (resolved) schema of its JSON request body, or {@code null} without one
 */
record ApiOperation(String method, String path, List<String> pathParams, Map<String, JsonNode> queryParams,
                    JsonNode jsonBody) {

    /** e.g. {@code POST /api/v1/leads}. */
    String key() {
        return method + " " + path;
    }
}
