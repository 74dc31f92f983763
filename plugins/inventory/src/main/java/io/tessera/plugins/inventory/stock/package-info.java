/**
 * The stock ledger: balances per product, location and lot changed only by atomic increments in one canonical
 * key order under the database's CHECK constraints, reservations per demand line (FEFO, then FIFO by lot),
 * availability, and the moves history ({@code GET stock}, {@code GET moves}). Facades: {@link
 * io.tessera.plugins.inventory.stock.StockLedger}, {@link io.tessera.plugins.inventory.stock.Reservations},
 * {@link io.tessera.plugins.inventory.stock.Availability}.
 */
package io.tessera.plugins.inventory.stock;
