package io.tessera.kernel.access;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A version that moves whenever who may do what may have changed on this server: a member's roles or
 * status, a role's permissions, a tenant's status, a password that must (no longer) be changed.
 * Caches of resolved access (the UI's per-session actor) are valid only while it stays the same.
 *
 * <p>It moves at once and again when the changing transaction completes, so an entry resolved while
 * the change was not yet committed is not kept. It is per server: other servers' caches follow within
 * their own expiry.
 */
@Component
public class AccessChanges {

    private final AtomicLong version = new AtomicLong();

    AccessChanges() {
    }

    /**
     * The current version.
     *
     * @return a number that differs after any recorded change
     */
    public long version() {
        return version.get();
    }

    /** Records a change of access, now and when the current transaction (if any) completes. */
    public void changed() {
        version.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    version.incrementAndGet();
                }
            });
        }
    }
}
