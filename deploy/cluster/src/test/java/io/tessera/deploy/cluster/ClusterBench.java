package io.tessera.deploy.cluster;

import io.tessera.deploy.cluster.Load.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (run with {@code mvn -Pbench verify -pl deploy/cluster}): throughput and p99 latency of a list
 * ({@code GET /api/v1/parties?size=20}) and a write ({@code POST /api/v1/parties}) through HAProxy with 1, 2 and 3 nodes
 * in rotation (the others drained but running). Prints the figures and appends them to target/cluster-figures.txt.
 */
class ClusterBench {

    private static final int WORKERS = Integer.getInteger("bench.workers", 8);
    private static final long SECONDS = Long.getLong("bench.seconds", 20);

    private static Cluster cluster;
    private static TesseraApi.Tenant tenant;

    @BeforeAll
    static void start() throws Exception {
        cluster = Cluster.start(3);
        tenant = new TesseraApi().provision(cluster.balancerUrl(), "bench");
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void throughputAndP99OnOneTwoAndThreeNodes() throws Exception {
        ClusterIT.figure(String.format(Locale.ROOT, "benchmark: %d workers without pause, %d s per run, %d cores",
                WORKERS, SECONDS, Runtime.getRuntime().availableProcessors()));
        // warm-up: every node's JIT and pools
        measure("warm-up", Kind.READ, 3, 10);
        measure("warm-up", Kind.WRITE, 3, 10);
        for (int nodes = 1; nodes <= 3; nodes++) {
            for (int node = 1; node <= 3; node++) {
                if (node <= nodes) {
                    cluster.undrain(node);
                } else {
                    cluster.drain(node);
                }
            }
            for (Kind kind : Kind.values()) {
                measure("", kind, nodes, SECONDS);
            }
        }
    }

    private static void measure(String label, Kind kind, int nodes, long seconds) throws Exception {
        List<Kind> workers = Collections.nCopies(WORKERS, kind);
        Load load = new Load(cluster.balancerUrl(), TesseraApi.bearer(tenant.apiKey()), workers, 0);
        long begin = System.nanoTime();
        try (load) {
            Thread.sleep(seconds * 1000); // the measuring window of a benchmark (no assertion follows)
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        List<Long> latencies = new ArrayList<>(load.latencies(kind));
        Collections.sort(latencies);
        double p99 = latencies.isEmpty() ? Double.NaN : latencies.get((int) Math.floor(latencies.size() * 0.99)) / 1e6;
        ClusterIT.figure(String.format(Locale.ROOT, "%s%d node(s) %-5s: %7.1f req/s, p99 %7.1f ms, %d ok, %d failed",
                label.isEmpty() ? "" : label + " ", nodes, kind, latencies.size() / elapsed, p99, latencies.size(), load.failures().size()));
    }
}
