/**
 * The accounting module's published API: the events it publishes through the kernel's outbox
 * ({@link io.tessera.plugins.accounting.api.InvoicePosted}, {@link io.tessera.plugins.accounting.api.PaymentReceived})
 * and its services, looked up with the SDK's {@code ModuleServices}: {@link io.tessera.plugins.accounting.api.Postings},
 * the service other modules post their automatic journal entries through, and
 * {@link io.tessera.plugins.accounting.api.Invoicing}, through which they draft, confirm and read customer invoices,
 * vendor bills and credit notes whose lines link back to their own documents. Other modules may depend on these types;
 * everything else in the plugin is internal.
 */
package io.tessera.plugins.accounting.api;
