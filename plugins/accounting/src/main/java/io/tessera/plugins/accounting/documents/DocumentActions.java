package io.tessera.plugins.accounting.documents;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import java.util.UUID;

/**
 * Invoice PDFs and mailing for in-process callers (the views): the same rules as the REST endpoints, one transaction
 * per call, refusals as {@link io.tessera.sdk.web.ApiProblem}s naming the field ({@code to}).
 */
public class DocumentActions {

    private final InvoiceDocuments documents;
    private final InvoiceMails mails;
    private final TenantJdbc db;

    DocumentActions(InvoiceDocuments documents, InvoiceMails mails, TenantJdbc db) {
        this.documents = documents;
        this.mails = mails;
        this.db = db;
    }

    /**
     * The document's PDF in the tenant's default language.
     *
     * @param id the document
     * @return the PDF
     */
    public InvoiceDocuments.Pdf pdf(UUID id) {
        return db.tx().read(() -> documents.pdf(id, null));
    }

    /**
     * Queues the confirmed document for mailing with its PDF.
     *
     * @param id the document
     * @param to the recipient, or {@code null} for the party's email
     * @return the queued send
     */
    @RequiresPermission("accounting.write")
    public InvoiceMails.Send send(UUID id, String to) {
        return db.tx().write(() -> mails.queue(id, to, null, "INVOICE", null));
    }
}
