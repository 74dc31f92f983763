/**
 * Sales orders: created from confirmed quotations, stock reserved and delivered through inventory's published API
 * where the tenant has inventory, invoices drafted through accounting's published {@code Invoicing} with lines linked
 * to the order lines, the invoiced quantity guarded by the database, credit limits, invoicing policies.
 */
package io.tessera.plugins.sales.order;
