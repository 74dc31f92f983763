/**
 * Tax codes: per tenant codes with rate, type (sales / purchase), included-in-price flag, the account their tax posts to
 * and validity dates; templates per chart template; defaults per party and per product category; and the resolution of
 * an invoice line's code (line, then party, then category). Sits between {@code chart} and {@code invoicing}.
 */
package io.tessera.plugins.accounting.tax;
