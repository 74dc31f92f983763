/**
 * The catalog module's published API (D13): product lookup, exact unit conversion, price resolution and supplier
 * information for sales, purchasing, inventory and MRP, and the {@link io.tessera.plugins.catalog.api.ProductChanged}
 * event. Look the services up with {@link io.tessera.sdk.ModuleServices} (or inject them in a module that requires
 * {@code catalog}). Everything else in the plugin is internal.
 */
package io.tessera.plugins.catalog.api;
