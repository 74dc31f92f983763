/**
 * The purchasing module: requests for quotation and purchase orders ({@code order}), vendor bills with the three-way
 * match ({@code billing}), draft orders from inventory's reorder suggestions ({@code replenish}) and the views
 * ({@code ui}). Packages depend in one direction: {@code common ← order ← billing}, {@code order ← replenish}.
 */
package io.tessera.plugins.purchasing;
