/** Quotations: priced through the catalog's published {@code Prices}, sent, cancelled, confirmed into orders. */
package io.tessera.plugins.sales.quotation;
