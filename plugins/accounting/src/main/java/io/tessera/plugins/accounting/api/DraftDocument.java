package io.tessera.plugins.accounting.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer invoice or vendor bill another module drafts through {@link Invoicing#createDraft}.
 *
 * @param kind     customer invoice or vendor bill
 * @param partyId  the customer or vendor (a party of the current tenant)
 * @param currency the ISO 4217 document currency, or {@code null} for the tenant's base currency
 * @param date     the document date
 * @param dueDate  the due date, or {@code null} for the document date
 * @param lines    1 to 1,000 lines
 */
public record DraftDocument(DocumentKind kind, UUID partyId, String currency, LocalDate date, LocalDate dueDate,
                            List<DraftLine> lines) {

    /**
     * Copies the lines.
     *
     * @param kind     customer invoice or vendor bill
     * @param partyId  the party
     * @param currency the currency, or {@code null}
     * @param date     the document date
     * @param dueDate  the due date, or {@code null}
     * @param lines    the lines
     */
    public DraftDocument {
        lines = lines == null ? null : List.copyOf(lines);
    }
}
