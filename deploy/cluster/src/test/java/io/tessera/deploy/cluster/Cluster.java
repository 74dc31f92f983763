package io.tessera.deploy.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The cluster of the tier, driven through the scripts of {@code deploy/cluster/bin} (the same ones an operator uses):
 * PostgreSQL under Patroni, the Tessera nodes and HAProxy, in a fresh work directory on free ports. {@link #close()}
 * (also run by a shutdown hook) stops every process the scripts recorded.
 */
final class Cluster implements AutoCloseable {

    static final String PLATFORM_PASSWORD = "cluster-operator-" + Long.toHexString(System.nanoTime());
    private static final int PORT_SPAN = 40;

    private final Path home;
    private final Path workDir;
    private final Path scriptLog;
    private final int basePort;
    private final int nodes;
    private final Thread shutdownHook;
    private volatile boolean stopped;

    private Cluster(Path home, Path workDir, Path scriptLog, int basePort, int nodes) {
        this.home = home;
        this.workDir = workDir;
        this.scriptLog = scriptLog;
        this.basePort = basePort;
        this.nodes = nodes;
        this.shutdownHook = new Thread(this::stopQuietly, "cluster-teardown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the whole cluster: the database pair, {@code nodes} Tessera nodes at once, HAProxy. */
    static Cluster start(int nodes) throws IOException {
        Path home = Path.of(System.getProperty("cluster.home", "."));
        Path out = Path.of(System.getProperty("cluster.out", "target"));
        Files.createDirectories(out);
        Path workDir = Files.createTempDirectory("tessera-cluster");
        Cluster cluster = new Cluster(home, workDir, out.resolve("cluster-scripts.log"), freeBasePort(), nodes);
        try {
            cluster.run(900, "start.sh");
        } catch (RuntimeException e) {
            cluster.keepLogs(out);
            cluster.close();
            throw e;
        }
        return cluster;
    }

    int nodes() {
        return nodes;
    }

    String balancerUrl() {
        return "http://127.0.0.1:" + basePort;
    }

    String nodeUrl(int node) {
        return "http://127.0.0.1:" + (basePort + 10 + node);
    }

    /** A superuser connection to whichever member is the primary now (RLS does not apply to it). */
    Connection primary() throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + (basePort + 20) + ",127.0.0.1:" + (basePort + 21)
                + "/tessera?targetServerType=primary&connectTimeout=3";
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    void rollingRestart() {
        run(900, "rolling-restart.sh");
    }

    void killNode(int node) {
        run(60, "node.sh", "kill", Integer.toString(node));
    }

    void startNode(int node) {
        run(60, "node.sh", "start", Integer.toString(node));
        run(480, "node.sh", "wait", Integer.toString(node));
        run(120, "lb.sh", "ready", Integer.toString(node));
    }

    /** Takes a node out of HAProxy's rotation (it keeps running). */
    void drain(int node) {
        run(120, "lb.sh", "drain", Integer.toString(node));
    }

    void undrain(int node) {
        run(120, "lb.sh", "ready", Integer.toString(node));
    }

    /** {@code kill -9} of the primary's Patroni and PostgreSQL; answers the killed member's name. */
    String killPrimary() {
        List<String> out = run(60, "db.sh", "kill-primary");
        return out.getLast().strip();
    }

    String primaryName() {
        return run(30, "db.sh", "primary").getLast().strip();
    }

    /** Copies the processes' logs next to the test reports (for a failed run). */
    void keepLogs(Path out) {
        try (var files = Files.walk(workDir)) {
            Path target = Files.createDirectories(out.resolve("cluster-logs"));
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                Files.copy(log, target.resolve(workDir.relativize(log).toString().replace('/', '-')),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the cluster's logs", e);
        }
    }

    @Override
    public void close() {
        if (!stopped) {
            stopped = true;
            run(300, "stop.sh");
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook itself is running: nothing to remove
            }
        }
    }

    private void stopQuietly() {
        if (!stopped) {
            stopped = true;
            run(300, "stop.sh");
        }
    }

    /** Runs a script to completion; its output goes to the script log, and a failure carries its last lines. */
    List<String> run(int timeoutSeconds, String script, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin").resolve(script).toString()));
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile(workDir.getParent(), "cluster-script", ".out");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile());
                builder.environment().put("CLUSTER_DIR", workDir.toString());
                builder.environment().put("CLUSTER_PORT", Integer.toString(basePort));
                builder.environment().put("CLUSTER_NODES", Integer.toString(nodes));
                builder.environment().put("PLATFORM_PASSWORD", PLATFORM_PASSWORD);
                Process process = builder.start();
                boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
                if (!finished) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
                List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
                Files.write(scriptLog, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                if (!finished || process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + (finished ? " failed (exit "
                            + process.exitValue() + ")" : " timed out") + ":\n"
                            + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
                }
                return lines.isEmpty() ? List.of("") : lines;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
        }
    }

    /** A base port whose whole span of ports is free on the loopback interface. */
    private static int freeBasePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 20_000 + ThreadLocalRandom.current().nextInt(400) * 100;
            if (spanFree(base)) {
                return base;
            }
        }
        throw new IllegalStateException("no free span of " + PORT_SPAN + " ports found");
    }

    private static boolean spanFree(int base) {
        for (int port = base; port < base + PORT_SPAN; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
