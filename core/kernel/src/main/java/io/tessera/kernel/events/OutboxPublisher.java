package io.tessera.kernel.events;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.EventPublisher;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.ObjectMapper;

/** Stores published events in the outbox, in the publishing transaction. */
@Component
class OutboxPublisher implements EventPublisher {

    private final EntityManager entityManager;
    private final EventListeners listeners;
    private final ObjectMapper json;
    private final OutboxDispatcher dispatcher;

    OutboxPublisher(EntityManager entityManager, EventListeners listeners, ObjectMapper json, OutboxDispatcher dispatcher) {
        this.entityManager = entityManager;
        this.listeners = listeners;
        this.json = json;
        this.dispatcher = dispatcher;
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Publish events inside a transaction: they are stored with it");
        }
        if (TenantContext.tenant().isEmpty()) {
            throw new IllegalStateException("Publish events in tenant scope");
        }
        String payload = json.writeValueAsString(event);
        boolean any = false;
        for (String listener : listeners.namesFor(event.getClass())) {
            entityManager.persist(new OutboxEvent(event.getClass().getName(), listener, payload));
            any = true;
        }
        if (any) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wakeUp();
                }
            });
        }
    }
}
