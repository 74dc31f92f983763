package io.tessera.server.fuzz;

import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plausible, valid-looking request body for an operation: generated from its schema (values chosen by type,
 * format, pattern and property name, ids from the seeded records), then overlaid with the seed's explicit body
 * for that operation where one exists — so that a mutated field is the only thing wrong with a request.
 */
final class Baselines {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Seed seed;

    Baselines(Seed seed) {
        this.seed = seed;
    }

    JsonNode body(ApiOperation operation) {
        JsonNode generated = value("", operation.jsonBody(), 0);
        JsonNode explicit = seed.bodies().get(operation.key());
        return explicit == null ? generated : merge(generated, explicit);
    }

    private JsonNode value(String name, JsonNode schema, int depth) {
        JsonNode known = seed.values().get(name);
        if (known != null) {
            return known.deepCopy();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).deepCopy();
        }
        String type = schema.path("type").asString("object");
        return switch (type) {
            case "string" -> NODES.stringNode(text(name, schema));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 5) {
                    array.add(value(singular(name), schema.path("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 5) {
                    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                        object.set(p.getKey(), value(p.getKey(), p.getValue(), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    private String text(String name, JsonNode schema) {
        String format = schema.path("format").asString("");
        String lower = name.toLowerCase(Locale.ROOT);
        switch (format) {
            case "uuid" -> {
                return seed.uuid(name);
            }
            case "date" -> {
                return "2026-03-16";
            }
            case "date-time" -> {
                return "2026-03-16T09:00:00Z";
            }
            case "email" -> {
                return "fuzz@example.test";
            }
            default -> {
            }
        }
        String pattern = schema.path("pattern").asString("");
        if (pattern.matches("[a-z|]+")) {
            return pattern.split("\\|")[0];
        }
        if (lower.contains("currency") || pattern.equals("[A-Z]{3}")) {
            return "EUR";
        }
        if (lower.contains("email")) {
            return "fuzz@example.test";
        }
        if (!pattern.isEmpty()) {
            return "fuzz";
        }
        return "Fuzz text";
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** The generated body with the explicit one's values in place (objects merged, anything else replaced). */
    private static JsonNode merge(JsonNode generated, JsonNode explicit) {
        if (!(generated instanceof ObjectNode base) || !explicit.isObject()) {
            return explicit.deepCopy();
        }
        ObjectNode merged = base.deepCopy();
        for (Map.Entry<String, JsonNode> p : explicit.properties()) {
            JsonNode mine = merged.get(p.getKey());
            merged.set(p.getKey(), mine == null ? p.getValue().deepCopy() : merge(mine, p.getValue()));
        }
        return merged;
    }
}
