package io.tessera.ui.app.admin;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Renders an audit row's changes ({@code field → {before, after}}) as one line per field: {@code field: before → after}. */
final class ChangesText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChangesText() {
    }

    static String of(String changes) {
        JsonNode root = JSON.readTree(changes);
        if (!root.isObject()) {
            return root.toString();
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode value = field.getValue();
            text.append(field.getKey()).append(": ");
            if (value.isObject() && (value.has("before") || value.has("after"))) {
                text.append(show(value.get("before"))).append(" → ").append(show(value.get("after")));
            } else {
                text.append(show(value));
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    private static String show(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "∅";
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
