/**
 * Manufacturing orders: draft → confirmed (components reserved through inventory) → in progress → done | cancelled;
 * producing consumes components to the production location and puts the product into stock at the cost of what was
 * consumed plus the routing's operation time × rate; a partial quantity leaves a backorder.
 */
package io.tessera.plugins.mrp.production;
