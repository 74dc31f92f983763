/**
 * The sales module (ERP): quotations, sales orders, deliveries through inventory and invoices through accounting.
 * Sub-packages in one direction: {@code common} ← {@code order} ← {@code quotation} ← {@code crm}.
 */
package io.tessera.plugins.sales;
