package io.tessera.sdk.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Publishes a {@link DomainEvent} to integrators: tenants' outbound webhooks subscribed to this type receive it, signed,
 * as {@code {"id","type","createdAt","tenant","data"}} where {@code data} is the event record as JSON. Put it on event
 * records of a module's published api package; the name is part of the public API, so never rename one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WebhookEvent {

    /**
     * The event type integrators subscribe to: lower-case words joined by dots, e.g. {@code invoice.posted}.
     *
     * @return the type
     */
    String value();
}
