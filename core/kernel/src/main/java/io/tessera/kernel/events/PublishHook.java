package io.tessera.kernel.events;

import io.tessera.sdk.event.DomainEvent;

/**
 * Kernel work done for every published event in the publishing transaction, after its outbox rows are written — the
 * outbound webhooks' fan-out. Implement it in a kernel component; it must be cheap when it has nothing to do.
 */
public interface PublishHook {

    /**
     * Called for each event published, inside the publishing transaction, with its tenant in scope.
     *
     * @param event the event
     */
    void published(DomainEvent event);
}
