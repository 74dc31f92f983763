/**
 * Purchase orders: requests for quotation, confirmation, receipts in parts (through inventory's {@code Stock} where
 * the tenant has it), bill policies per product and the REST endpoints under {@code /api/v1/purchasing/orders}.
 */
package io.tessera.plugins.purchasing.order;
