package io.tessera.kernel.access;

import io.tessera.kernel.cluster.ClusterNotifications;
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
 * the change was not yet committed is not kept. On PostgreSQL the change is also announced to every node
 * ({@link ClusterNotifications#ACCESS}, sent on commit), where it moves too: caches there drop their entries
 * at the next request instead of waiting for an expiry.
 */
@Component
public class AccessChanges {

    private final AtomicLong version = new AtomicLong();
    private final ClusterNotifications notifications;

    AccessChanges(ClusterNotifications notifications) {
        this.notifications = notifications;
        notifications.subscribe(ClusterNotifications.ACCESS, version::incrementAndGet);
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
        notifications.publish(ClusterNotifications.ACCESS);
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
