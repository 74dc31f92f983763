package io.tessera.deploy.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Steady, bounded API load through one base URL: each worker lists parties or creates one (a client-generated unique
 * name per request, logged when the server acknowledged it with 201), then pauses. Every non-2xx answer or I/O error is
 * a failure, kept with its cause.
 */
final class Load implements AutoCloseable {

    enum Kind { READ, WRITE }

    private final TesseraApi api = new TesseraApi();
    private final String baseUrl;
    private final String authorization;
    private final long pauseMillis;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong ok = new AtomicLong();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final Map<Kind, ConcurrentLinkedQueue<Long>> latencies = Map.of(Kind.READ, new ConcurrentLinkedQueue<>(),
            Kind.WRITE, new ConcurrentLinkedQueue<>());
    private final List<Thread> workers = new ArrayList<>();
    private final String prefix = "load-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    /**
     * @param kinds one worker per entry
     * @param pauseMillis the pause after each request (0: as fast as the cluster answers)
     */
    Load(String baseUrl, String authorization, List<Kind> kinds, long pauseMillis) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.pauseMillis = pauseMillis;
        for (Kind kind : kinds) {
            Thread worker = Thread.ofPlatform().name("load-" + kind + "-" + workers.size()).start(() -> work(kind));
            workers.add(worker);
        }
    }

    private void work(Kind kind) {
        while (running.get()) {
            long start = System.nanoTime();
            String name = prefix + UUID.randomUUID();
            try {
                TesseraApi.Response response = kind == Kind.READ
                        ? api.get(baseUrl + "/api/v1/parties?size=20", authorization)
                        : api.post(baseUrl + "/api/v1/parties", authorization, Map.of("kind", "company", "name", name));
                if (response.status() / 100 == 2) {
                    latencies.get(kind).add(System.nanoTime() - start);
                    ok.incrementAndGet();
                    if (kind == Kind.WRITE) {
                        acknowledged.add(name);
                    }
                } else {
                    failures.add(kind + " HTTP " + response.status() + ": " + abbreviate(response.body()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.add(kind + " " + e);
            }
            if (pauseMillis > 0) {
                try {
                    Thread.sleep(pauseMillis); // pacing of a bounded load, not a wait for a condition
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    long ok() {
        return ok.get();
    }

    /** The names of the parties whose creation was acknowledged. */
    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    String prefix() {
        return prefix;
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    List<Long> latencies(Kind kind) {
        return List.copyOf(latencies.get(kind));
    }

    /** Stops the workers and waits for their last requests. */
    @Override
    public void close() {
        running.set(false);
        try {
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the load", e);
        }
    }
}
