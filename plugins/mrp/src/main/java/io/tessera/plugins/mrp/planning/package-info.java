/**
 * The time-phased MRP run: gross requirements (forecasts, component demand of open manufacturing orders, reorder-rule
 * minimums, open deliveries), scheduled receipts (open manufacturing orders), on hand; netting level by level by
 * low-level code, lot sizing, lead-time offsetting and planned orders with pegging ({@code Netting}, pure); runs as
 * background work claimed in the database ({@code Runs}, {@code RunTask}), progress and cancel.
 */
package io.tessera.plugins.mrp.planning;
