/**
 * Transfers: receipts and deliveries (draft, reserve, validate all or part, backorder), adjustments from counted
 * quantities, returns of done moves, scrap, and the published {@link io.tessera.plugins.inventory.api.Stock}
 * service. Each validation changes balances through the stock package, hands its done moves to the valuation and
 * publishes one {@link io.tessera.plugins.inventory.api.StockMoved}, all in one transaction. Facade:
 * {@link io.tessera.plugins.inventory.transfer.Transfers}.
 */
package io.tessera.plugins.inventory.transfer;
