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
     * The listener's name within its module. With the module's id it makes the stable id
     * ({@code <module id>:<name>}) that pending deliveries are stored under, so it must stay the same
     * across releases: override it before renaming the class, or events published before an upgrade are
     * not delivered after it (the kernel reports them as stranded). Unique within the module.
     *
     * @return by default the class's simple name
     */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Handles one event.
     *
     * @param event the event
     */
    void on(E event);
}
