package io.tessera.sdk.event;

/**
 * Receives domain events of one type. Implement it in a module component.
 *
 * <p>Delivery is at least once, after the publishing transaction committed, in a new transaction
 * with the publishing tenant in scope; listeners of modules the tenant has not enabled are skipped.
 * A listener that throws has its transaction rolled back and is retried later, so it must be
 * idempotent.
 *
 * @param <E> the event type
 */
public interface DomainEventListener<E extends DomainEvent> {

    /**
     * The event type this listener receives.
     *
     * @return the event class
     */
    Class<E> eventType();

    /**
     * Handles one event.
     *
     * @param event the event
     */
    void on(E event);
}
