package io.tessera.kernel.module;

import io.tessera.kernel.cluster.ClusterNotifications;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A version that moves whenever a tenant's module states change on this server, at once and again when the
 * changing transaction completes (so a state read while the change was not yet committed is not kept).
 * {@link RecentModuleStates} answers from memory only while it stays the same. On PostgreSQL every node's version
 * moves too when the change commits ({@link ClusterNotifications#MODULES}).
 */
@Component
class ModuleStateChanges {

    private final AtomicLong version = new AtomicLong();
    private final ClusterNotifications notifications;

    ModuleStateChanges(ClusterNotifications notifications) {
        this.notifications = notifications;
        notifications.subscribe(ClusterNotifications.MODULES, version::incrementAndGet);
    }

    long version() {
        return version.get();
    }

    void changed() {
        version.incrementAndGet();
        notifications.publish(ClusterNotifications.MODULES);
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
