package io.tessera.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several Tessera kernels ("nodes") on one fresh PostgreSQL database, for the guarantees that only hold
 * across nodes (D16): tasks claimed once, the outbox delivered once, access changes seen everywhere. Each
 * node is a separate application context with its own server port, connection pool and plugin classloaders,
 * as a separate process would have; they are started at the same time on the empty database, so they
 * migrate it concurrently, as a rolling deployment's first nodes do.
 *
 * <pre>{@code
 * @RegisterExtension
 * static TesseraCluster cluster = TesseraCluster.builder().nodes(3).plugin(myPluginJar).build();
 * cluster.node(0).provisionTenant("acme", "…");
 * cluster.node(1).api("admin@acme.test", "…").get("/api/v1/me");
 * }</pre>
 */
public final class TesseraCluster implements BeforeAllCallback, AfterAllCallback {

    private final int size;
    private final List<PluginJar> plugins;
    private final Map<String, String> properties;
    private final List<TesseraKernelExtension> nodes = new ArrayList<>();
    private TestDatabase database;
    private Path pluginsDir;

    private TesseraCluster(Builder builder) {
        this.size = builder.nodes;
        this.plugins = List.copyOf(builder.plugins);
        this.properties = new LinkedHashMap<>(builder.properties);
    }

    /** Starts describing a cluster. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext extensionContext) throws Exception {
        database = TestDatabase.create();
        pluginsDir = TesseraKernelExtension.writePlugins(plugins, List.of());
        Map<String, Object> settings = TesseraKernelExtension.postgresProperties(database);
        List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
        try (ExecutorService starter = Executors.newFixedThreadPool(size)) {
            for (int i = 0; i < size; i++) {
                starting.add(starter.submit(() -> TesseraKernelExtension.start(settings, pluginsDir, properties)));
            }
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<ConfigurableApplicationContext> future : starting) {
            try {
                nodes.add(TesseraKernelExtension.node(future.get(), database, pluginsDir));
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        if (!failures.isEmpty()) {
            IllegalStateException error = new IllegalStateException(failures.size() + " of " + size + " nodes did not start");
            failures.forEach(error::addSuppressed);
            afterAll(extensionContext);
            throw error;
        }
    }

    @Override
    public void afterAll(ExtensionContext extensionContext) throws IOException {
        try (ExecutorService stopper = Executors.newFixedThreadPool(Math.max(1, nodes.size()))) {
            for (TesseraKernelExtension node : nodes) {
                stopper.submit(() -> node.context().close());
            }
        } finally {
            nodes.clear();
            if (database != null) {
                database.close();
                database = null;
            }
            TesseraKernelExtension.deleteRecursively(pluginsDir);
        }
    }

    /**
     * One node, with the single kernel's helpers (API clients on that node's port, its beans, fixtures).
     *
     * @param index from 0
     * @return the node
     */
    public TesseraKernelExtension node(int index) {
        return nodes.get(index);
    }

    /** Every node, in start order. */
    public List<TesseraKernelExtension> nodes() {
        return List.copyOf(nodes);
    }

    /** Describes the cluster to start. */
    public static final class Builder {
        private final List<PluginJar> plugins = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private int nodes = 3;

        private Builder() {
        }

        /** How many nodes (default 3). */
        public Builder nodes(int count) {
            if (count < 2) {
                throw new IllegalArgumentException("A cluster has at least two nodes; use TesseraKernelExtension for one");
            }
            this.nodes = count;
            return this;
        }

        /** Adds plugin jars; every node loads the same ones. */
        public Builder plugin(PluginJar... jars) {
            plugins.addAll(List.of(jars));
            return this;
        }

        /** Sets a configuration property on every node. */
        public Builder property(String name, String value) {
            properties.put(name, value);
            return this;
        }

        /** Finishes the description; the nodes start before the test class's tests. */
        public TesseraCluster build() {
            return new TesseraCluster(this);
        }
    }
}
