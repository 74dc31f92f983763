package io.tessera.server.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * What the deployment artifacts under {@code deploy/} name: the Helm chart's values (plain YAML) and templates (text,
 * as there is no helm binary here), the compose file, HAProxy's configuration and the Dockerfile.
 */
final class DeployFiles {

    final Path root;
    final Map<String, Object> values;
    final Map<String, Object> compose;
    final String haproxy;
    final String dockerfile;

    DeployFiles(Path root) {
        this.root = root;
        this.values = yaml(root.resolve("helm/tessera/values.yaml"));
        this.compose = yaml(root.resolve("compose/compose.yaml"));
        this.haproxy = read(root.resolve("compose/haproxy.cfg"));
        this.dockerfile = read(root.resolve("Dockerfile"));
    }

    /** A template of the chart, as text. */
    String template(String name) {
        return read(root.resolve("helm/tessera/templates/" + name));
    }

    /** A value of the chart by its path, e.g. {@code probes.liveness.path} (keys themselves hold no dot). */
    Object value(String path) {
        Object node = values;
        for (String key : path.split("\\.")) {
            node = ((Map<?, ?>) node).get(key);
        }
        return node;
    }

    /** A map in the chart's values whose keys are property names ({@code config}, {@code secretConfig}). */
    @SuppressWarnings("unchecked")
    Map<String, Object> properties(String key) {
        return (Map<String, Object>) values.get(key);
    }

    /** Each compose service's environment variables. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> composeEnvironments() {
        Map<String, Map<String, Object>> byService = new LinkedHashMap<>();
        ((Map<String, Object>) compose.get("services")).forEach((service, spec) -> {
            Object env = ((Map<String, Object>) spec).get("environment");
            if (env instanceof Map<?, ?> map) {
                byService.put(service, (Map<String, Object>) map);
            }
        });
        return byService;
    }

    /** A compose service's definition. */
    @SuppressWarnings("unchecked")
    Map<String, Object> service(String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    /** The services that run the Tessera image. */
    @SuppressWarnings("unchecked")
    List<String> tesseraServices() {
        List<String> names = new ArrayList<>();
        ((Map<String, Object>) compose.get("services")).forEach((name, spec) -> {
            if (String.valueOf(((Map<String, Object>) spec).get("image")).contains("TESSERA_IMAGE")) {
                names.add(name);
            }
        });
        return names;
    }

    /** Every match of a pattern's first group in a text. */
    static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** A duration as Spring writes it ({@code 30s}, {@code 1m}, {@code 500ms}), in seconds. */
    static double seconds(String duration) {
        Matcher m = Pattern.compile("(\\d+)(ms|s|m)?").matcher(duration.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a duration: " + duration);
        }
        double n = Double.parseDouble(m.group(1));
        return switch (m.group(2) == null ? "ms" : m.group(2)) {
            case "ms" -> n / 1000;
            case "m" -> n * 60;
            default -> n;
        };
    }

    private static Map<String, Object> yaml(Path file) {
        return new Yaml().load(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
