package io.tessera.server.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration properties the application knows, from three sources: Spring Boot's configuration metadata in
 * every jar of the class path (exact names; a {@code Map} property admits any key below it), the
 * {@code @ConfigurationProperties} records of Tessera (their components, recursively, in kebab case), and every
 * property name Tessera's main sources spell out ({@code @Value("${…}")}, {@code getProperty("…")}, defaults).
 * Names are compared in Spring's canonical form (lower case, no dashes), so an environment variable of relaxed binding
 * ({@code SPRING_DATASOURCE_URL}) matches {@code spring.datasource.url}.
 */
final class KnownProperties {

    private static final Pattern LITERAL = Pattern.compile("\"\\$?\\{?((?:tessera|spring|server|management)\\.[a-zA-Z0-9.\\-\\[\\]]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Set<String> exact = new TreeSet<>();
    private final Set<String> prefixes = new TreeSet<>();
    private final Map<String, String> defaults = new java.util.HashMap<>();

    static KnownProperties load(List<Path> sourceRoots) {
        KnownProperties known = new KnownProperties();
        known.readMetadata("META-INF/spring-configuration-metadata.json");
        known.readMetadata("META-INF/additional-spring-configuration-metadata.json");
        known.readConfigurationProperties();
        sourceRoots.forEach(known::readSources);
        return known;
    }

    /** Whether a property name (or an environment variable of relaxed binding) names a known property. */
    boolean knows(String name) {
        String canonical = canonical(name);
        return exact.contains(canonical) || prefixes.stream().anyMatch(p -> canonical.startsWith(p + "."));
    }

    /** A property's default value as Spring Boot's metadata states it. */
    String defaultValue(String name) {
        return defaults.get(canonical(name));
    }

    /** How many names are known, to show the sources were read. */
    int size() {
        return exact.size();
    }

    /** A property name or an environment variable in Spring's canonical form. */
    static String canonical(String name) {
        String n = name.contains(".") ? name : name.replace('_', '.');
        return n.toLowerCase(Locale.ROOT).replace("-", "");
    }

    private void readMetadata(String resource) {
        try {
            Enumeration<URL> files = KnownProperties.class.getClassLoader().getResources(resource);
            while (files.hasMoreElements()) {
                try (InputStream in = files.nextElement().openStream()) {
                    JsonNode properties = JSON.readTree(in).path("properties");
                    for (JsonNode property : properties) {
                        String name = canonical(property.path("name").asString());
                        exact.add(name);
                        if (property.has("defaultValue")) {
                            JsonNode value = property.get("defaultValue");
                            defaults.put(name, value.isValueNode() ? value.asString() : value.toString());
                        }
                        if (property.has("type") && property.get("type").asString().startsWith("java.util.Map")) {
                            prefixes.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readConfigurationProperties() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.tessera")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
                String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
                addComponents(prefix, type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void addComponents(String prefix, Class<?> type) {
        exact.add(canonical(prefix));
        if (!type.isRecord()) {
            prefixes.add(canonical(prefix));
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + component.getName();
            Class<?> valueType = component.getType();
            if (Map.class.isAssignableFrom(valueType)) {
                exact.add(canonical(name));
                prefixes.add(canonical(name));
            } else if (valueType.isRecord()) {
                addComponents(name, valueType);
            } else if (Collection.class.isAssignableFrom(valueType) || valueType.getPackageName().startsWith("java.")
                    || valueType.isPrimitive() || valueType.isEnum()) {
                exact.add(canonical(name));
            } else {
                prefixes.add(canonical(name));
            }
        }
    }

    private void readSources(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("No source directory " + root.toAbsolutePath());
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String name = m.group(1).replaceAll("[.\\-]+$", "");
                    exact.add(canonical(name.replaceAll("\\[[^]]*]", "")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
