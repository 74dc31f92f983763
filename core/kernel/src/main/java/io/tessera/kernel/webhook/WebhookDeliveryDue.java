package io.tessera.kernel.webhook;

import io.tessera.sdk.event.DomainEvent;
import java.util.UUID;

/**
 * A webhook delivery is due (its first attempt, or a redelivery an admin asked for); {@link WebhookSender} sends it from
 * the outbox. Public only because the outbox serialises it.
 *
 * @param deliveryId the delivery
 */
public record WebhookDeliveryDue(UUID deliveryId) implements DomainEvent {
}
