package io.tessera.plugins.accounting.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where an invoice, bill or credit note stands, as another module reads it through {@link Invoicing}.
 *
 * @param id                the document
 * @param kind              customer invoice or vendor bill
 * @param creditNote        whether it is a credit note
 * @param creditedInvoiceId for a credit note: the document it credits, else {@code null}
 * @param state             {@link State#DRAFT} until confirmed, then {@link State#POSTED}
 * @param number            its number once confirmed (e.g. {@code INV-000001}), else {@code null}
 * @param partyId           the customer or vendor
 * @param date              the document date
 * @param currency          the document currency
 * @param total             the total including tax
 * @param paid              what payments and credit notes have settled of it so far
 * @param open              {@code total − paid}; zero when fully settled
 */
public record DocumentStatus(UUID id, DocumentKind kind, boolean creditNote, UUID creditedInvoiceId, State state, String number,
                             UUID partyId, LocalDate date, String currency, BigDecimal total, BigDecimal paid,
                             BigDecimal open) {

    /** A document's state. */
    public enum State {
        /** Editable, not numbered, not in the ledger. */
        DRAFT,
        /** Numbered and posted to the ledger; changed only by a credit note. */
        POSTED
    }

    /**
     * Whether the document is confirmed and nothing is left open on it.
     *
     * @return {@code true} when posted and fully settled
     */
    public boolean settled() {
        return state == State.POSTED && open.signum() == 0;
    }
}
