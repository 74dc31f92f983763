package io.tessera.testkit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * A PF4J plugin jar assembled at test time: Java sources compiled against the test's class path,
 * resources (such as a Liquibase changelog), the PF4J manifest and the extension index.
 *
 * <pre>{@code
 * PluginJar notes = PluginJar.plugin("notes")
 *     .version("1.0.0")
 *     .source("io.tessera.plugins.notes.NotesModule", "...java source...")
 *     .extension("io.tessera.plugins.notes.NotesModule")
 *     .resource("db/changelog/notes.xml", "...")
 *     .build();
 * }</pre>
 */
public final class PluginJar {

    private final String fileName;
    private final Map<String, String> manifest;
    private final Map<String, String> sources;
    private final Map<String, String> resources;
    private final List<String> extensions;
    private final List<Path> compileAgainst;

    private PluginJar(Builder builder) {
        this.fileName = builder.fileName;
        this.manifest = new LinkedHashMap<>(builder.manifest);
        this.sources = new LinkedHashMap<>(builder.sources);
        this.resources = new LinkedHashMap<>(builder.resources);
        this.extensions = List.copyOf(builder.extensions);
        this.compileAgainst = List.copyOf(builder.compileAgainst);
    }

    /**
     * Starts a plugin with the given id, version 1.0.0 and no dependencies.
     *
     * @param id the plugin id (also the module id)
     * @return a builder
     */
    public static Builder plugin(String id) {
        return new Builder(id);
    }

    /** The jar's file name. */
    public String fileName() {
        return fileName;
    }

    /**
     * Compiles the sources and writes the jar into a directory.
     *
     * @param directory the plugins directory
     * @return the jar's path
     */
    public Path writeTo(Path directory) {
        try {
            Path classes = Files.createTempDirectory("tessera-plugin-classes");
            compile(classes);
            Files.createDirectories(directory);
            Path jar = directory.resolve(fileName);
            Manifest mf = new Manifest();
            mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.forEach((k, v) -> mf.getMainAttributes().putValue(k, v));
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf)) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        put(out, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
                for (Map.Entry<String, String> resource : resources.entrySet()) {
                    put(out, resource.getKey(), resource.getValue().getBytes(StandardCharsets.UTF_8));
                }
                if (!extensions.isEmpty()) {
                    put(out, "META-INF/extensions.idx", (String.join("\n", extensions) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private void compile(Path classes) {
        if (sources.isEmpty()) {
            return;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler: run tests on a JDK, not a JRE");
        }
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((className, code) -> units.add(new Source(className, code)));
        StringWriter diagnostics = new StringWriter();
        StringBuilder classpath = new StringBuilder(TestClasspath.get());
        compileAgainst.forEach(jar -> classpath.append(java.io.File.pathSeparator).append(jar));
        List<String> options = List.of("-d", classes.toString(), "-classpath", classpath.toString(), "-proc:none",
                "-parameters", "-nowarn", "--release", String.valueOf(Runtime.version().feature()));
        boolean ok = compiler.getTask(diagnostics, null, null, options, null, units).call();
        if (!ok) {
            throw new IllegalStateException("Plugin " + fileName + " does not compile:\n" + diagnostics);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(java.net.URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    /** Describes a plugin jar. */
    public static final class Builder {
        private String fileName;
        private final Map<String, String> manifest = new LinkedHashMap<>();
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Map<String, String> resources = new LinkedHashMap<>();
        private final List<String> extensions = new ArrayList<>();
        private final List<Path> compileAgainst = new ArrayList<>();

        private Builder(String id) {
            this.fileName = id + ".jar";
            manifest.put("Plugin-Id", id);
            manifest.put("Plugin-Version", "1.0.0");
        }

        /** Sets {@code Plugin-Version}. */
        public Builder version(String version) {
            return attribute("Plugin-Version", version);
        }

        /** Sets {@code Plugin-Requires}, the kernel SDK versions the plugin works with, e.g. {@code >=0.1.0}. */
        public Builder requires(String requires) {
            return attribute("Plugin-Requires", requires);
        }

        /** Sets {@code Plugin-Dependencies}, e.g. {@code "catalog@>=1.0.0, pipeline?"}. */
        public Builder dependencies(String dependencies) {
            return attribute("Plugin-Dependencies", dependencies);
        }

        /** Sets {@code Plugin-Class}, a subclass of {@code org.pf4j.Plugin} for lifecycle callbacks. */
        public Builder pluginClass(String className) {
            return attribute("Plugin-Class", className);
        }

        /** Sets any manifest attribute. */
        public Builder attribute(String name, String value) {
            manifest.put(name, value);
            return this;
        }

        /** Removes a manifest attribute, e.g. to build a broken plugin. */
        public Builder withoutAttribute(String name) {
            manifest.remove(name);
            return this;
        }

        /** Names the jar file (default: {@code <id>.jar}). */
        public Builder fileName(String name) {
            this.fileName = name;
            return this;
        }

        /** Adds a Java source file, compiled at build time. */
        public Builder source(String className, String code) {
            sources.put(className, code);
            return this;
        }

        /** Adds a resource file. */
        public Builder resource(String path, String content) {
            resources.put(path, content);
            return this;
        }

        /** Lists a class in the PF4J extension index ({@code META-INF/extensions.idx}). */
        public Builder extension(String className) {
            extensions.add(className);
            return this;
        }

        /**
         * Compiles the sources also against these jars — typically the plugin under test, whose published
         * {@code api} package the test plugin uses (a plugin's integration tests do not have its classes on the class
         * path); at run time they come from that plugin through PF4J, so declare it in {@link #dependencies}.
         */
        public Builder compileAgainst(Path... jars) {
            compileAgainst.addAll(List.of(jars));
            return this;
        }

        /** Finishes the description. */
        public PluginJar build() {
            return new PluginJar(this);
        }
    }

    @Override
    public String toString() {
        return fileName;
    }
}
