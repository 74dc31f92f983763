package io.tessera.sdk.event;

/**
 * Publishes domain events for the current tenant. Inject it into a component.
 *
 * <p>{@link #publish(DomainEvent)} must be called inside a transaction: the event is stored in the
 * outbox in that transaction and delivered only if it commits, so an event is never lost nor
 * delivered for a change that was rolled back.
 */
public interface EventPublisher {

    /**
     * Records the event for delivery after the current transaction commits.
     *
     * @param event the event
     * @throws IllegalStateException outside a transaction or outside tenant scope
     */
    void publish(DomainEvent event);
}
