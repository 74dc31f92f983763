/**
 * The inventory module: warehouses and locations, the stock ledger (moves, balances, reservations, lots and
 * serials), transfers (receipts, deliveries, adjustments, returns, scrap) and, in {@code valuation}, valuation
 * layers posted to accounting. Sub-packages depend in one direction: common &lt;- warehouse &lt;- stock &lt;-
 * valuation &lt;- transfer; {@code api} is the only public contract.
 */
package io.tessera.plugins.inventory;
