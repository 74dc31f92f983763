/**
 * Draft purchase orders from inventory's reorder suggestions ({@code Replenishment}, {@code ReplenishmentSuggested}),
 * grouped by preferred supplier, honouring its minimum quantity and order multiple, idempotent.
 */
package io.tessera.plugins.purchasing.replenish;
