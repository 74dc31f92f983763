/**
 * Units of measure with exact rational ratios to their category's reference unit, the exact conversion between
 * them, and the standard units seeded on enable. Facade: {@link io.tessera.plugins.catalog.uom.UnitService}.
 */
package io.tessera.plugins.catalog.uom;
