package io.tessera.server.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile requests for one operation: its baseline body with one field at a time replaced by a bad value of
 * its kind (text, date, currency, integer, decimal), bad query parameters, and a control character in its path
 * parameters. Deterministic: the same document and seed give the same requests in the same order.
 */
final class FuzzCases {

    /** A request to send; {@code label} names the operation, the field and the case. */
    record FuzzRequest(String operation, String label, String method, String path, String body) {
    }

    private record Bad(String name, JsonNode value) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A number literal Jackson's tree cannot hold (1e400 overflows a double): spliced into the serialized body. */
    private static final String RAW = "@@raw@@";
    static final String MEGABYTE = "x".repeat(1_000_000);

    private static final List<Bad> TEXT = List.of(
            new Bad("NUL", NODES.stringNode("Fuzz\u0000text")),
            new Bad("control characters", NODES.stringNode("Fuzz\u0007\u001b\u007ftext")),
            new Bad("1 MB string", NODES.stringNode(MEGABYTE)));
    private static final List<Bad> DATES = List.of(
            new Bad("integer date", NODES.numberNode(20260101)),
            new Bad("date +999999999-12-31", NODES.stringNode("+999999999-12-31")),
            new Bad("date 0000-01-01", NODES.stringNode("0000-01-01")));
    private static final List<Bad> INSTANTS = List.of(
            new Bad("integer instant", NODES.numberNode(20260101)),
            new Bad("instant +999999999-12-31", NODES.stringNode("+999999999-12-31T00:00:00Z")),
            new Bad("instant 0000-01-01", NODES.stringNode("0000-01-01T00:00:00Z")));
    private static final List<Bad> CURRENCIES = List.of(
            new Bad("currency BTC", NODES.stringNode("BTC")), new Bad("currency XXX", NODES.stringNode("XXX")),
            new Bad("currency XTS", NODES.stringNode("XTS")), new Bad("currency ZZZ", NODES.stringNode("ZZZ")));
    private static final List<Bad> INTEGERS = List.of(
            new Bad("1.5 for an integer", NODES.stringNode(RAW + "1.5")),
            new Bad("1e400 for an integer", NODES.stringNode(RAW + "1e400")));
    private static final List<Bad> DECIMALS = List.of(new Bad("1e400", NODES.stringNode(RAW + "1e400")));

    private final Seed seed;
    private final Baselines baselines;

    FuzzCases(Seed seed) {
        this.seed = seed;
        this.baselines = new Baselines(seed);
    }

    List<FuzzRequest> of(ApiOperation operation) {
        List<FuzzRequest> requests = new ArrayList<>();
        String path = seed.path(operation);
        if (operation.jsonBody() != null) {
            JsonNode baseline = baselines.body(operation);
            for (Leaf leaf : leaves(baseline, operation.jsonBody(), "")) {
                for (Bad bad : leaf.cases) {
                    JsonNode mutated = replace(baseline, leaf.pointer, bad.value());
                    requests.add(new FuzzRequest(operation.key(), operation.key() + " " + leaf.pointer + ": " + bad.name(), operation.method(),
                            path, serialize(mutated)));
                }
            }
        }
        String body = operation.jsonBody() == null ? null : serialize(baselines.body(operation));
        for (Map.Entry<String, JsonNode> query : operation.queryParams().entrySet()) {
            for (Bad bad : casesFor(query.getKey(), query.getValue())) {
                if (bad.value().isString() && !bad.value().asString().startsWith(RAW) && !bad.value().asString().equals(MEGABYTE)) {
                    String separator = path.contains("?") ? "&" : "?";
                    requests.add(new FuzzRequest(operation.key(), operation.key() + " ?" + query.getKey() + ": " + bad.name(), operation.method(),
                            path + separator + query.getKey() + "=" + encode(bad.value().asString()), body));
                }
            }
        }
        if (!operation.pathParams().isEmpty()) {
            requests.add(new FuzzRequest(operation.key(), operation.key() + " path: control character", operation.method(),
                    seed.pathWith(operation, encode("fuzz\u0007id")), body));
        }
        return requests;
    }

    private record Leaf(String pointer, List<Bad> cases) {
    }

    /** The mutable leaves of a body, found by walking it together with its schema. */
    private static List<Leaf> leaves(JsonNode node, JsonNode schema, String pointer) {
        List<Leaf> leaves = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> p : object.properties()) {
                JsonNode propertySchema = schema.path("properties").path(p.getKey());
                leaves.addAll(leaves(p.getValue(), propertySchema, pointer + "/" + p.getKey()));
            }
        } else if (node instanceof ArrayNode array) {
            if (!array.isEmpty()) {
                leaves.addAll(leaves(array.get(0), schema.path("items"), pointer + "/0"));
            }
        } else {
            String name = pointer.substring(pointer.lastIndexOf('/') + 1);
            List<Bad> cases = casesFor(name, schema);
            if (!cases.isEmpty()) {
                leaves.add(new Leaf(pointer, cases));
            }
        }
        return leaves;
    }

    private static List<Bad> casesFor(String name, JsonNode schema) {
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "integer" -> INTEGERS;
            case "number" -> DECIMALS;
            case "string" -> switch (format) {
                case "date" -> DATES;
                case "date-time" -> INSTANTS;
                case "uuid", "binary", "byte" -> List.of();
                default -> name.toLowerCase(Locale.ROOT).contains("currency")
                        ? concat(TEXT, CURRENCIES) : TEXT;
            };
            default -> List.of();
        };
    }

    private static List<Bad> concat(List<Bad> a, List<Bad> b) {
        List<Bad> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static JsonNode replace(JsonNode baseline, String pointer, JsonNode value) {
        JsonNode copy = baseline.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private static String serialize(JsonNode body) {
        String json = JSON.writeValueAsString(body);
        return json.replaceAll("\"" + RAW + "([^\"]*)\"", "$1");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
