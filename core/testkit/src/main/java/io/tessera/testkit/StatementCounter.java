package io.tessera.testkit;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the SQL statements and the round trips the PostgreSQL driver sends, from its protocol log: one
 * {@code Execute} per statement (each row of a batch counts one) and one {@code Sync} per round trip. It counts every
 * connection of the JVM — the kernel's own statements (tenant binding, permissions) and background work included — so
 * measure a request on an otherwise idle kernel, and {@link #reset()} right before it.
 *
 * <pre>{@code
 * try (StatementCounter counter = StatementCounter.start()) {
 *     api.post("/api/v1/inventory/deliveries/" + id + "/validate", "");
 *     assertThat(counter.statements()).isLessThanOrEqualTo(60);
 * }
 * }</pre>
 *
 * <p>While it runs, the driver's protocol messages go to this counter only, not to the application's log.
 */
public final class StatementCounter implements AutoCloseable {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger roundTrips = new AtomicInteger();
    private final Handler handler = new Counting();
    private final Level previousLevel;
    private final boolean previousParentHandlers;

    private StatementCounter() {
        previousLevel = DRIVER.getLevel();
        previousParentHandlers = DRIVER.getUseParentHandlers();
    }

    /**
     * Starts counting.
     *
     * @return the counter, at zero; close it to stop counting
     */
    public static StatementCounter start() {
        StatementCounter counter = new StatementCounter();
        counter.handler.setLevel(Level.FINEST);
        DRIVER.addHandler(counter.handler);
        DRIVER.setUseParentHandlers(false);
        DRIVER.setLevel(Level.FINEST);
        return counter;
    }

    /** Sets both counts back to zero. */
    public void reset() {
        statements.set(0);
        roundTrips.set(0);
    }

    /**
     * The statements executed since the start or the last {@link #reset()}.
     *
     * @return the count
     */
    public int statements() {
        return statements.get();
    }

    /**
     * The round trips to the database since the start or the last {@link #reset()}.
     *
     * @return the count
     */
    public int roundTrips() {
        return roundTrips.get();
    }

    /** Stops counting and gives the driver's log back its level and destinations. */
    @Override
    public void close() {
        DRIVER.removeHandler(handler);
        DRIVER.setLevel(previousLevel);
        DRIVER.setUseParentHandlers(previousParentHandlers);
    }

    private final class Counting extends Handler {

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null) {
                return;
            }
            if (message.contains("FE=> Execute")) {
                statements.incrementAndGet();
            } else if (message.contains("FE=> Sync")) {
                roundTrips.incrementAndGet();
            }
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
