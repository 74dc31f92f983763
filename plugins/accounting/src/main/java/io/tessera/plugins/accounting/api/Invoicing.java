package io.tessera.plugins.accounting.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Customer invoices, vendor bills and credit notes drafted, confirmed and read by other modules (sales orders,
 * purchase orders, timesheets). Look it up with the SDK's {@code ModuleServices}; it is absent where the tenant has not
 * enabled accounting.
 *
 * <p>Every call acts in the current tenant and joins the caller's transaction (call it inside one, D1), so the
 * caller's document and the invoice commit or roll back together. The calling module's own operation is what the
 * user needed permission for; these calls do not ask for {@code accounting.write} as well.
 *
 * <p>Refusals are {@link io.tessera.sdk.web.ApiProblem}s a module may let pass to its own caller: 422 naming the field
 * of the draft (e.g. {@code lines[2].quantity}), 404 for a party or document that the current tenant does not have,
 * 409 for a state conflict (confirming a confirmed document).
 */
public interface Invoicing {

    /**
     * Creates a draft customer invoice or vendor bill; each line's {@link SourceReference} is stored with it.
     *
     * @param draft the document
     * @return its status (state {@link DocumentStatus.State#DRAFT})
     */
    DocumentStatus createDraft(DraftDocument draft);

    /**
     * Creates a draft credit note for a confirmed invoice or bill: same kind, party and currency; on confirmation it
     * is allocated against that document's open amount.
     *
     * @param invoiceId the confirmed document it credits
     * @param date      the credit note's date
     * @param lines     what is credited (1 to 1,000 lines), each with its source (e.g. the return line)
     * @return its status (a draft credit note)
     */
    DocumentStatus createCreditNote(UUID invoiceId, LocalDate date, List<DraftLine> lines);

    /**
     * Confirms a draft: numbers it, posts its journal entry, allocates a credit note, publishes
     * {@link InvoicePosted} — all in the caller's transaction.
     *
     * @param id the draft
     * @return its status (state {@link DocumentStatus.State#POSTED})
     */
    DocumentStatus confirm(UUID id);

    /**
     * The status of many documents in one query.
     *
     * @param ids document ids (at most 1,000)
     * @return the status per id that the current tenant has (unknown ids are absent)
     */
    Map<UUID, DocumentStatus> statuses(Collection<UUID> ids);

    /**
     * The tax each line of a document would get, resolved exactly as {@link #createDraft} resolves it (the line's
     * {@link DraftLine#taxCode}, else the party's default, else the category's; a free rate only for a tenant without
     * tax codes), so a module can show and total a quotation or order before it is invoiced. Reads only.
     *
     * @param kind    customer invoice (sales codes) or vendor bill (purchase codes)
     * @param partyId the customer or vendor, for its default code
     * @param date    the document date (a code must apply on it)
     * @param lines   the lines; only {@code taxRate}, {@code taxCode} and {@code categoryId} are read (1 to 1,000)
     * @return one tax per line, in order
     * @throws io.tessera.sdk.web.ApiProblem 422 naming {@code lines[i].taxCode} or {@code lines[i].taxRate}
     */
    List<LineTax> resolveTaxes(DocumentKind kind, UUID partyId, LocalDate date, List<DraftLine> lines);

    /**
     * What a customer owes: the open amount of its confirmed customer invoices less its unallocated confirmed credit
     * notes, plus the total of its draft customer invoices, per document currency — every invoice of the party, made
     * by any module or directly in accounting. One query.
     *
     * @param partyId the customer
     * @return currency → amount (only currencies with something open; empty when nothing is)
     */
    Map<String, java.math.BigDecimal> openReceivables(UUID partyId);
}
