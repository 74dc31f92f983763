/** The module's views: manufacturing orders (list and form with Produce) and the MRP run page with planned orders. */
package io.tessera.plugins.mrp.ui;
