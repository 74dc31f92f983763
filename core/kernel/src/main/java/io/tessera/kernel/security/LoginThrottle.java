package io.tessera.kernel.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate-limits failed sign-ins per client address: after {@code maxFailures} requests with credentials
 * that were refused (401) within {@code window}, further requests from that address are answered 429
 * without checking credentials until the window has passed — as a filter, on the platform operator's chain;
 * the tenant API uses {@link #counting()} and lets accounts known at the address and valid API keys through. Complements the per-account lockout,
 * which alone would let one client try one password against many accounts. Behind a reverse proxy,
 * set {@code server.forward-headers-strategy} so that the client's address is seen.
 */
final class LoginThrottle extends OncePerRequestFilter {

    private static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final ProblemWriter problems;
    private final Clock clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration window, ProblemWriter problems, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        OptionalLong retryAfter = retryAfterSeconds(address);
        if (retryAfter.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(retryAfter.getAsLong()));
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins from your address; try again in " + retryAfter.getAsLong() + " s",
                    request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && request.getHeader("Authorization") != null) {
            recordFailure(address);
        }
    }

    /**
     * The same throttle for a chain whose local accounts are checked by {@link LockoutAuthenticationProvider}: it
     * counts refused credentials but never blocks by itself. The provider refuses a throttled address's sign-ins
     * (429) except for accounts known there, and a valid API key always passes: a 256-bit key cannot be guessed, so
     * throttling it protects nothing and would shut out every integration behind the address.
     *
     * @return a filter that only counts
     */
    OncePerRequestFilter counting() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, response);
                if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && request.getHeader("Authorization") != null) {
                    recordFailure(request.getRemoteAddr());
                }
            }
        };
    }

    /** Seconds until this address may try again, or empty when it may try now. */
    OptionalLong retryAfterSeconds(String address) {
        long now = clock.millis();
        Deque<Long> recent = failures.get(address);
        if (recent != null && count(recent, now) >= maxFailures) {
            return OptionalLong.of(Math.max(1, (oldest(recent) + window.toMillis() - now) / 1000));
        }
        return OptionalLong.empty();
    }

    /** Counts one failed sign-in from this address (also used by form sign-in, which answers with a redirect). */
    void recordFailure(String address) {
        long now = clock.millis();
        if (failures.size() > MAX_TRACKED_ADDRESSES) {
            failures.entrySet().removeIf(e -> count(e.getValue(), now) == 0);
        }
        Deque<Long> list = failures.computeIfAbsent(address, k -> new ArrayDeque<>());
        synchronized (list) {
            list.addLast(now);
            while (list.size() > maxFailures) {
                list.removeFirst();
            }
        }
    }

    private int count(Deque<Long> list, long now) {
        synchronized (list) {
            list.removeIf(t -> t < now - window.toMillis());
            return list.size();
        }
    }

    private static long oldest(Deque<Long> list) {
        synchronized (list) {
            return list.isEmpty() ? 0 : list.peekFirst();
        }
    }
}
