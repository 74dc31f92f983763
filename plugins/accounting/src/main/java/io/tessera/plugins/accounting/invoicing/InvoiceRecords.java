package io.tessera.plugins.accounting.invoicing;

import io.tessera.sdk.persistence.TenantJdbc;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Invoices for the module's other packages (documents, dunning): reading one, locking it, and recording what happened
 * to it outside the ledger (sent by mail). Call inside a transaction; the current tenant's rows only.
 */
public class InvoiceRecords {

    private final Invoices invoices;
    private final TenantJdbc db;

    InvoiceRecords(Invoices invoices, TenantJdbc db) {
        this.invoices = invoices;
        this.db = db;
    }

    /**
     * One invoice, bill or credit note with its lines.
     *
     * @param id the document id
     * @return the document, or empty when the current tenant has none with this id
     */
    public Optional<InvoiceView> find(UUID id) {
        return invoices.find(id);
    }

    /**
     * One document with its lines, its header row-locked until the transaction ends.
     *
     * @param id the document id
     * @return the document, or empty when the current tenant has none with this id
     */
    public Optional<InvoiceView> lock(UUID id) {
        return invoices.lock(id).flatMap(v -> invoices.find(id));
    }

    /**
     * Records that the document was sent by mail.
     *
     * @param id the document id
     * @param to the recipient
     * @param at when the mail server accepted it
     */
    public void recordSent(UUID id, String to, Instant at) {
        db.sql().sql("update acc_invoices set sent_at = ?, sent_to = ? where tenant_id = ? and id = ?")
                .params(at.atOffset(java.time.ZoneOffset.UTC), to, db.tenant(), id).update();
    }

    /**
     * Marks a customer document as disputed (no reminders are proposed or sent for it) or not.
     *
     * @param id       the document id
     * @param disputed whether the customer disputes it
     * @return the document, or empty when the current tenant has none with this id
     */
    public Optional<InvoiceView> setDisputed(UUID id, boolean disputed) {
        Optional<InvoiceView> invoice = invoices.lock(id);
        invoice.ifPresent(v -> db.sql().sql("update acc_invoices set disputed = ? where tenant_id = ? and id = ?")
                .params(disputed, db.tenant(), id).update());
        return invoice;
    }

    /**
     * Whether the customer disputes the document.
     *
     * @param id the document id
     * @return {@code true} when disputed; {@code false} also for an unknown id
     */
    public boolean disputed(UUID id) {
        return db.sql().sql("select disputed from acc_invoices where tenant_id = ? and id = ?")
                .params(db.tenant(), id).query(Boolean.class).optional().orElse(false);
    }

    /**
     * When and to whom the document was last sent.
     *
     * @param id the document id
     * @return the last send, or empty when it was never sent
     */
    public Optional<Sent> lastSent(UUID id) {
        return db.sql().sql("select sent_at, sent_to from acc_invoices where tenant_id = ? and id = ? and sent_at is not null")
                .params(db.tenant(), id)
                .query((rs, n) -> new Sent(rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), rs.getString(2)))
                .optional();
    }

    /**
     * A send recorded on a document.
     *
     * @param at when
     * @param to to whom
     */
    public record Sent(Instant at, String to) {
    }
}
