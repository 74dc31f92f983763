package io.tessera.plugins.accounting.documents;

import io.tessera.sdk.event.DomainEvent;
import java.util.UUID;

/**
 * A mail of an invoice was queued (row {@code acc_invoice_sends}); the module's own {@link InvoiceMailer} sends it
 * after the queuing transaction commits. Public only because the kernel's outbox serialises it; no other module
 * listens to it.
 *
 * @param sendId the queued send
 */
public record InvoiceMailQueued(UUID sendId) implements DomainEvent {
}
