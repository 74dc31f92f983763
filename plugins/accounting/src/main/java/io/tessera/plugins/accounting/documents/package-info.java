/**
 * Invoice documents: the PDF of an invoice, bill or credit note (Apache PDFBox, localized en/de), the tenant's
 * letterhead, and sending a document by mail through the kernel's outbox (queued in the request's transaction, sent
 * once by {@link io.tessera.plugins.accounting.documents.InvoiceMailer}). Internal; reads invoices through
 * {@link io.tessera.plugins.accounting.invoicing.InvoiceRecords}.
 */
package io.tessera.plugins.accounting.documents;
