package io.tessera.plugins.leads;

import io.tessera.sdk.CurrentTenant;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * At most {@code tessera.leads.form.rate-limit} (5) web-form submissions per form and client address within a
 * sliding {@code tessera.leads.form.rate-window} (10 min), across every node: the counts live in the database
 * ({@code lead_form_hits}), one row per form, address and fixed window, updated under the row's lock. The sliding
 * window is estimated from the current and the previous fixed window (the previous one weighted by how much of it
 * still overlaps), so it needs two rows per sender, not one per submission. A refused submission is not counted.
 * A sender's older windows are deleted as it submits; {@link FormHitsCleanup} deletes those of senders that went
 * quiet.
 */
class SubmissionThrottle {

    private final EntityManager em;
    private final Transactions tx;
    private final CurrentTenant tenant;
    private final int limit;
    private final Duration window;
    private final Clock clock;

    SubmissionThrottle(EntityManager em, Transactions tx, CurrentTenant tenant, Environment env) {
        this.em = em;
        this.tx = tx;
        this.tenant = tenant;
        this.limit = env.getProperty("tessera.leads.form.rate-limit", Integer.class, 5);
        this.window = env.getProperty("tessera.leads.form.rate-window", Duration.class, Duration.ofMinutes(10));
        this.clock = Clock.systemUTC();
    }

    Duration window() {
        return window;
    }

    /**
     * Counts a submission to the form from the address, in its own transaction.
     *
     * @return empty when allowed, else how long until the next one would be
     */
    @RequiresPermission(LeadsModule.WRITE)
    Optional<Duration> tryAcquire(String formKey, String address) {
        UUID tenantId = tenant.require().id();
        Instant now = clock.instant();
        try {
            return tx.writeSeparately(() -> count(tenantId, formKey, address, now));
        } catch (PersistenceException | DataIntegrityViolationException concurrentFirstHit) {
            // another node inserted this window's row between our update and insert: it exists now
            return tx.writeSeparately(() -> count(tenantId, formKey, address, now));
        }
    }

    private Optional<Duration> count(UUID tenantId, String formKey, String address, Instant now) {
        long w = window.toMillis();
        long start = Math.floorDiv(now.toEpochMilli(), w) * w;
        Timestamp current = new Timestamp(start);
        int updated = em.createNativeQuery("""
                        update lead_form_hits set hits = hits + 1
                        where tenant_id = :tenant and form_key = :key and address = :address and window_start = :start""")
                .setParameter("tenant", tenantId).setParameter("key", formKey).setParameter("address", address)
                .setParameter("start", current).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("""
                            insert into lead_form_hits (tenant_id, form_key, address, window_start, hits)
                            values (:tenant, :key, :address, :start, 1)""")
                    .setParameter("tenant", tenantId).setParameter("key", formKey).setParameter("address", address)
                    .setParameter("start", current).executeUpdate();
        }
        // this sender's windows that no longer weigh in (the cleanup task catches senders that went quiet)
        em.createNativeQuery("delete from lead_form_hits where tenant_id = :tenant and form_key = :key"
                        + " and address = :address and window_start < :previous")
                .setParameter("tenant", tenantId).setParameter("key", formKey).setParameter("address", address)
                .setParameter("previous", new Timestamp(start - w)).executeUpdate();
        long hits = hits(tenantId, formKey, address, current);
        long previous = hits(tenantId, formKey, address, new Timestamp(start - w));
        double elapsed = (double) (now.toEpochMilli() - start) / w;
        double estimate = previous * (1 - elapsed) + hits;
        if (estimate <= limit) {
            return Optional.empty();
        }
        // refused: not counted (the row stays locked by this transaction, so the take-back cannot race)
        em.createNativeQuery("""
                        update lead_form_hits set hits = hits - 1
                        where tenant_id = :tenant and form_key = :key and address = :address and window_start = :start""")
                .setParameter("tenant", tenantId).setParameter("key", formKey).setParameter("address", address)
                .setParameter("start", current).executeUpdate();
        return Optional.of(retryAfter(previous, hits - 1, elapsed, w));
    }

    /** When the estimate, with one more submission, would fit the limit again (at least a second). */
    private Duration retryAfter(long previous, long counted, double elapsed, long w) {
        double millis;
        double excess = previous * (1 - elapsed) + counted + 1 - limit;
        if (previous > 0 && excess <= previous * (1 - elapsed)) {
            millis = excess / previous * w; // the previous window's weight falls by previous/w per millisecond
        } else {
            double next = counted <= limit - 1 ? 0 : 1 - (double) (limit - 1) / counted;
            millis = (1 - elapsed) * w + next * w; // after this window ends, this window's count decays in turn
        }
        return Duration.ofSeconds(Math.max(1, (long) Math.ceil(millis / 1000)));
    }

    private long hits(UUID tenantId, String formKey, String address, Timestamp windowStart) {
        List<?> rows = em.createNativeQuery("""
                        select hits from lead_form_hits
                        where tenant_id = :tenant and form_key = :key and address = :address and window_start = :start""")
                .setParameter("tenant", tenantId).setParameter("key", formKey).setParameter("address", address)
                .setParameter("start", windowStart).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.getFirst()).longValue();
    }

    /** Deletes the current tenant's counts older than two windows; joins the caller's transaction. */
    @RequiresPermission(LeadsModule.WRITE)
    int cleanUp() {
        Instant horizon = clock.instant().minus(window.multipliedBy(2));
        return em.createNativeQuery("delete from lead_form_hits where tenant_id = :tenant and window_start < :horizon")
                .setParameter("tenant", tenant.require().id()).setParameter("horizon", Timestamp.from(horizon))
                .executeUpdate();
    }
}
