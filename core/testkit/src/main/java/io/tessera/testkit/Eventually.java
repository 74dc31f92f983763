package io.tessera.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition by polling it, for tests of work that happens in the background (a task's tick, an
 * outbox delivery, another node): never sleep-then-assert. The timeout is generous because CI runs on a busy
 * two-core machine; it bounds a failing test, not a passing one.
 */
public final class Eventually {

    /** The default bound: long enough for a loaded CI machine. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Eventually() {
    }

    /**
     * Polls the condition every 50 ms until it holds.
     *
     * @param what      what is awaited, for the failure message
     * @param condition the condition
     * @throws AssertionError when it does not hold within {@link #TIMEOUT}
     */
    public static void until(String what, BooleanSupplier condition) {
        until(what, TIMEOUT, condition);
    }

    /**
     * Polls the condition every 50 ms until it holds.
     *
     * @param what      what is awaited, for the failure message
     * @param timeout   how long to wait at most
     * @param condition the condition
     * @throws AssertionError when it does not hold in time
     */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for: " + what, e);
            }
        }
    }
}
