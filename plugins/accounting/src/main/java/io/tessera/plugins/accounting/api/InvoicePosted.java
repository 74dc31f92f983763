package io.tessera.plugins.accounting.api;

import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.WebhookEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer invoice, vendor bill or credit note was confirmed and its journal entry posted.
 *
 * @param invoiceId  the document
 * @param number     its number, e.g. {@code INV-000001}
 * @param kind       {@code CUSTOMER} or {@code VENDOR}
 * @param creditNote whether it is a credit note
 * @param partyId    the customer or vendor
 * @param date       the document date
 * @param dueDate    the due date
 * @param currency   the document currency
 * @param total      the total including tax, in the document currency
 * @param entryId    the journal entry it posted
 */
@WebhookEvent("invoice.posted")
public record InvoicePosted(UUID invoiceId, String number, String kind, boolean creditNote, UUID partyId, LocalDate date,
                            LocalDate dueDate, String currency, BigDecimal total, UUID entryId) implements DomainEvent {
}
