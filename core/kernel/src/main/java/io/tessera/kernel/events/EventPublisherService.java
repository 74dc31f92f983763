package io.tessera.kernel.events;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.EventPublisher;
import jakarta.persistence.EntityManager;
import io.tessera.kernel.module.ModuleAccess;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.ObjectMapper;

/** Stores published events in the outbox, in the publishing transaction. */
@Component
class EventPublisherService implements EventPublisher {

    private final EntityManager entityManager;
    private final EventListeners listeners;
    private final ObjectMapper json;
    private final OutboxDispatcher dispatcher;
    private final ModuleAccess modules;
    private final ObjectProvider<PublishHook> hooks;

    EventPublisherService(EntityManager entityManager, EventListeners listeners, ObjectMapper json, OutboxDispatcher dispatcher,
                    ModuleAccess modules, ObjectProvider<PublishHook> hooks) {
        this.hooks = hooks;
        this.entityManager = entityManager;
        this.listeners = listeners;
        this.json = json;
        this.dispatcher = dispatcher;
        this.modules = modules;
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
        Set<String> enabled = modules.enabled();
        for (String listener : listeners.idsFor(event.getClass())) {
            if (listeners.moduleOf(listener).map(m -> !enabled.contains(m)).orElse(false)) {
                continue; // the consuming module is not enabled for this tenant (D6)
            }
            entityManager.persist(new OutboxEvent(event.getClass().getName(), listener, payload));
            any = true;
        }
        hooks.orderedStream().forEach(hook -> hook.published(event));
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
