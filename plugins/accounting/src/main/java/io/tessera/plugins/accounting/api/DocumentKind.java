package io.tessera.plugins.accounting.api;

/** Which side of the ledger a document published through {@link Invoicing} is on. */
public enum DocumentKind {
    /** A customer invoice (or credit note): debits receivables, credits sales. */
    CUSTOMER_INVOICE,
    /** A vendor bill (or vendor credit note): credits payables, debits purchases or the lines' accounts. */
    VENDOR_BILL
}
