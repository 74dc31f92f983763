/**
 * The sales views in the Vaadin shell: quotations (list, form with live totals, send, confirm, cancel, PDF), orders
 * (list, page with deliveries and invoices), the customer panel on the party page and the dashboard widget. They call
 * the quotation and order services (through {@code quotation.QuotationDesk} and {@code order.CustomerOverview}); their
 * own reads ({@link io.tessera.plugins.sales.ui.SalesReads}) are the offset pages the grids ask for and the widget's
 * figures. Registered only where the UI kit is on the server.
 */
package io.tessera.plugins.sales.ui;
