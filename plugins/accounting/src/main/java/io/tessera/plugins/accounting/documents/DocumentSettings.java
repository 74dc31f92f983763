package io.tessera.plugins.accounting.documents;

/**
 * The letterhead and texts a tenant prints on its invoices and mails.
 *
 * @param companyName  the name printed at the top (defaults to the tenant's slug while unset)
 * @param address      the company's postal address, several lines, or {@code null}
 * @param bankDetails  bank details for payments (IBAN, BIC, bank), several lines, or {@code null}: then none are printed
 * @param paymentTerms the payment terms printed under the totals, or {@code null}
 * @param replyTo      the address customers' replies go to, or {@code null}
 * @param language     the default language of documents and mails: {@code en} or {@code de}
 * @param logo         whether a logo is set ({@code PUT /document-settings/logo})
 * @param version      the stored version, changed by every write
 */
record DocumentSettings(String companyName, String address, String bankDetails, String paymentTerms, String replyTo,
                        String language, boolean logo, long version) {
}
