package io.tessera.plugins.leads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} web-form submissions per client address within a sliding {@code window}, on this
 * node. Addresses that fell quiet are forgotten, so memory stays bounded by the active senders.
 */
final class SubmissionThrottle {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    SubmissionThrottle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Counts a submission from the address.
     *
     * @return empty when allowed, else how long until the next one would be
     */
    java.util.Optional<Duration> tryAcquire(String address) {
        Instant now = clock.instant();
        Instant horizon = now.minus(window);
        if (recent.size() > 10_000) {
            recent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast().isBefore(horizon);
                }
            });
        }
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return java.util.Optional.of(Duration.between(horizon, times.peekFirst()).plusSeconds(1));
            }
            times.addLast(now);
            return java.util.Optional.empty();
        }
    }
}
