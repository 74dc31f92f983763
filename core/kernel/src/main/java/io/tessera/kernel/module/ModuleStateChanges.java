package io.tessera.kernel.module;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A version that moves whenever a tenant's module states change on this server, at once and again when the
 * changing transaction completes (so a state read while the change was not yet committed is not kept).
 * {@link RecentModuleStates} answers from memory only while it stays the same.
 */
@Component
class ModuleStateChanges {

    private final AtomicLong version = new AtomicLong();

    long version() {
        return version.get();
    }

    void changed() {
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
