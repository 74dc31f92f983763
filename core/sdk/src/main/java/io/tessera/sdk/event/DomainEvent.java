package io.tessera.sdk.event;

/**
 * Marker for a domain event. Events are immutable records, defined in the SDK or in a plugin's
 * published API package, serialisable to JSON by Jackson (components of simple types, records,
 * lists). They carry ids, never entities.
 */
public interface DomainEvent {
}
