package io.tessera.plugins.accounting.dunning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reminder proposed for, sent for or dismissed for an overdue invoice.
 *
 * @param id            id
 * @param invoiceId     the invoice
 * @param invoiceNumber its number
 * @param partyId       its customer
 * @param dueDate       its due date
 * @param level         the reminder level
 * @param levelName     the level's name
 * @param daysOverdue   days past the due date when proposed
 * @param open          the open amount when proposed
 * @param currency      the invoice's currency
 * @param fee           the level's fee, or {@code null}
 * @param state         {@code PROPOSED}, {@code SENT} or {@code DISMISSED}
 * @param proposedOn    the day it was proposed
 * @param sentAt        when it was queued for mailing, or {@code null}
 * @param recipient     to whom, or {@code null}
 */
public record Proposal(UUID id, UUID invoiceId, String invoiceNumber, UUID partyId, LocalDate dueDate, int level, String levelName,
                       int daysOverdue, BigDecimal open, String currency, BigDecimal fee, String state, LocalDate proposedOn,
                       Instant sentAt, String recipient) {
}
