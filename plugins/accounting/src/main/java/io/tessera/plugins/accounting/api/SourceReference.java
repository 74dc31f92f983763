package io.tessera.plugins.accounting.api;

import java.util.UUID;

/**
 * Where a document line comes from (D15): the module, its document and the document's line, stored on the invoice
 * line so the line can be traced back (an order line, a receipt line, a timesheet).
 *
 * @param module     the source module's id, e.g. {@code sales} (at most 20 characters)
 * @param documentId the source document, e.g. the sales order
 * @param lineId     the source document's line, or {@code null} when the line stands for the whole document
 */
public record SourceReference(String module, UUID documentId, UUID lineId) {
}
