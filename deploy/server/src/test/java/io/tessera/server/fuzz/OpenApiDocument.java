package io.tessera.server.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The write operations of an OpenAPI 3 document, with {@code $ref}s of their schemas resolved. */
final class OpenApiDocument {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    private final JsonNode document;

    OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    /** Every POST/PUT/PATCH/DELETE under {@code /api/}, the DELETEs last, otherwise by path and method. */
    List<ApiOperation> writeOperations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (WRITES.contains(method.getKey())) {
                    operations.add(operation(path.getKey(), method.getKey().toUpperCase(), method.getValue()));
                }
            }
        }
        operations.sort(Comparator.comparing((ApiOperation o) -> o.method().equals("DELETE"))
                .thenComparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return operations;
    }

    private ApiOperation operation(String path, String method, JsonNode operation) {
        List<String> pathParams = new ArrayList<>();
        Map<String, JsonNode> queryParams = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode p = resolve(parameter, 0);
            String in = p.path("in").asString();
            if (in.equals("path")) {
                pathParams.add(p.get("name").asString());
            } else if (in.equals("query")) {
                queryParams.put(p.get("name").asString(), resolve(p.path("schema"), 0));
            }
        }
        JsonNode json = operation.path("requestBody").path("content").path("application/json").path("schema");
        return new ApiOperation(method, path, pathParams, queryParams, json.isMissingNode() ? null : resolve(json, 0));
    }

    /** The schema with every {@code $ref} replaced by its target (recursion cut at depth 6). */
    JsonNode resolve(JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            JsonNode target = document.at(ref.substring(1));
            return depth > 6 ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : resolve(target, depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        if (schema.has("properties")) {
            ObjectNode properties = copy.putObject("properties");
            for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
                properties.set(p.getKey(), resolve(p.getValue(), depth + 1));
            }
        }
        if (schema.has("items")) {
            copy.set("items", resolve(schema.get("items"), depth + 1));
        }
        return copy;
    }
}
