/**
 * Work centers (cost per hour, hours per day) and routings (operations with setup and run time per unit at a work
 * center), used for manufacturing lead times and for the operation cost of manufacturing orders.
 */
package io.tessera.plugins.mrp.routing;
