/**
 * The sales module's published API: events other modules (and, through the kernel's outbound webhooks, integrators)
 * can react to, and {@link io.tessera.plugins.sales.api.OpenOrderLines}, the open order lines planners read. Nothing
 * else of the module is visible outside it.
 */
package io.tessera.plugins.sales.api;
