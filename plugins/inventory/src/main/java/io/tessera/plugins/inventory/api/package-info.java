/**
 * The inventory module's published API (D13): {@link io.tessera.plugins.inventory.api.Stock} (reserve, unreserve
 * and deliver for a demand line of another module, receive, availability, projection by date) and the
 * {@link io.tessera.plugins.inventory.api.StockMoved} event. Look the service up with
 * {@link io.tessera.sdk.ModuleServices} (or inject it in a module that requires {@code inventory}). Quantities
 * are in the product's base unit. Everything else in the plugin is internal.
 */
package io.tessera.plugins.inventory.api;
