package io.tessera.kernel.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every node that something cached has changed (D16). {@link #publish(String)} sends a PostgreSQL
 * {@code NOTIFY} in the current transaction, so it is delivered only if that transaction commits; each node
 * {@code LISTEN}s on a dedicated connection of its own (not one of the pool's, which are shared and reset) and runs
 * the handlers {@linkplain #subscribe subscribed} to the channel. Notifications sent while a node's connection is
 * down are lost, so every handler also runs whenever the connection is (re)established; it is reopened with a
 * growing pause (up to {@link #MAX_BACKOFF}) for as long as the node runs.
 *
 * <p>On the embedded database (one node) publishing does nothing: the node that made a change has already
 * invalidated its own caches.
 */
@Component
public class ClusterNotifications implements SmartLifecycle {

    /** Channel: who may do what has changed (members, roles, tenants, passwords). */
    public static final String ACCESS = "tessera_access";
    /** Channel: a tenant's module states have changed. */
    public static final String MODULES = "tessera_modules";
    /** The most time between two attempts to reopen the listening connection. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    /** The {@code application_name} of the listening connection, to recognise it in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "tessera-cluster-notifications";

    private static final Logger log = LoggerFactory.getLogger(ClusterNotifications.class);
    private static final Set<String> CHANNELS = Set.of(ACCESS, MODULES);
    private static final Duration FIRST_LISTEN_WAIT = Duration.ofSeconds(15);

    private final JdbcClient jdbc;
    private final String url;
    private final String user;
    private final String password;
    private final boolean postgres;
    private final Map<String, List<Runnable>> handlers = new ConcurrentHashMap<>();
    private final AtomicLong connections = new AtomicLong();
    private final CountDownLatch firstListen = new CountDownLatch(1);
    /** This node's name in the notifications it sends. */
    private final String node = UUID.randomUUID().toString();
    private final AtomicLong received = new AtomicLong();
    private final Set<String> tokens = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 1000;
        }
    });
    private volatile boolean running;
    private volatile Connection current;
    private Thread listener;

    ClusterNotifications(JdbcClient jdbc, @Value("${spring.datasource.url}") String url,
                         @Value("${spring.datasource.username:}") String user,
                         @Value("${spring.datasource.password:}") String password) {
        this.jdbc = jdbc;
        this.url = url;
        this.user = user;
        this.password = password;
        this.postgres = url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
    }

    /**
     * Runs the handler whenever a notification on the channel arrives from another node (or any other session; this
     * node's own are applied by their publisher when made) and whenever the listening connection is (re)established.
     *
     * @param channel {@link #ACCESS} or {@link #MODULES}
     * @param handler what to do, quickly (it runs on the listening thread)
     */
    public void subscribe(String channel, Runnable handler) {
        requireKnown(channel);
        handlers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /**
     * Notifies every node, when the current transaction commits (at once without one). Does nothing on the
     * embedded database.
     *
     * @param channel {@link #ACCESS} or {@link #MODULES}
     */
    public void publish(String channel) {
        requireKnown(channel);
        if (postgres) {
            // the payload names this node, which has moved its own versions already and skips the echo
            jdbc.sql("select pg_notify(?, ?)").param(channel).param(node).query().singleRow();
        }
    }

    /**
     * How many times this node's listening connection has been opened: 1 once started, more after each
     * reconnection; 0 on the embedded database.
     *
     * @return the count
     */
    public long connections() {
        return connections.get();
    }

    /**
     * How many notifications this node has received and handled (its own included); 0 on the embedded database.
     *
     * @return the count
     */
    public long received() {
        return received.get();
    }

    /**
     * Whether this node has received a notification carrying this token as its payload — a barrier: notifications
     * arrive in commit order, so once a token sent after a change has arrived, so has the change's notification.
     * Send one with {@code select pg_notify('tessera_access', '<token>')}. The last 1000 tokens are kept.
     *
     * @param token the payload
     * @return whether it arrived
     */
    public boolean hasReceived(String token) {
        synchronized (tokens) {
            return tokens.contains(token);
        }
    }

    private static void requireKnown(String channel) {
        if (!CHANNELS.contains(channel)) {
            throw new IllegalArgumentException("Unknown notification channel " + channel);
        }
    }

    @Override
    public void start() {
        running = true;
        if (postgres) {
            listener = Thread.ofPlatform().daemon().name("cluster-notifications").start(this::listen);
            // the node starts serving once it listens: the flush of the first connection then empties caches that
            // are still empty, instead of dropping what the first requests cached (a database that cannot be reached
            // does not hold the start up for long: the listener keeps trying)
            try {
                if (!firstListen.await(FIRST_LISTEN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                    log.warn("Not yet listening for cluster notifications after {} s; starting anyway, still trying",
                            FIRST_LISTEN_WAIT.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listen() {
        long pause = 100;
        boolean reported = false;
        while (running) {
            try (Connection connection = open()) {
                current = connection;
                try (Statement s = connection.createStatement()) {
                    for (String channel : CHANNELS) {
                        s.execute("listen " + channel);
                    }
                }
                connections.incrementAndGet();
                if (reported) {
                    log.info("Listening for cluster notifications again; every cache is flushed");
                }
                reported = false;
                pause = 100;
                handlers.values().forEach(list -> list.forEach(ClusterNotifications::runQuietly));
                firstListen.countDown();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = pg.getNotifications(500);
                    if (arrived != null) {
                        for (PGNotification n : arrived) {
                            received.incrementAndGet();
                            if (node.equals(n.getParameter())) {
                                // this node's own change, already applied here when it was made (and at its commit):
                                // applying the echo again, later, would drop what was cached since for nothing
                                continue;
                            }
                            handlers.getOrDefault(n.getName(), List.of()).forEach(ClusterNotifications::runQuietly);
                            if (!n.getParameter().isEmpty()) {
                                synchronized (tokens) {
                                    tokens.add(n.getParameter());
                                }
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                if (!reported) {
                    log.warn("The cluster notification connection failed ({}); reconnecting, with pauses up to {} s",
                            e.getMessage(), MAX_BACKOFF.toSeconds());
                    reported = true;
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = Math.min(pause * 2, MAX_BACKOFF.toMillis());
            } finally {
                current = null;
            }
        }
    }

    private Connection open() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("ApplicationName", APPLICATION_NAME);
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, props);
    }

    private static void runQuietly(Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            log.error("A cluster notification handler failed", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
            Connection connection = current;
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    log.debug("Closing the cluster notification connection: {}", e.getMessage());
                }
            }
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
