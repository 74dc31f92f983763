/**
 * Price lists per currency with quantity breaks and validity dates, optionally per customer, and the published
 * {@link io.tessera.plugins.catalog.api.Prices} resolution. Depends on {@code product} and {@code uom}. Facade:
 * {@link io.tessera.plugins.catalog.pricing.PriceResolver}.
 */
package io.tessera.plugins.catalog.pricing;
