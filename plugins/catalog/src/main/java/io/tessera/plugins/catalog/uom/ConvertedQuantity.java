package io.tessera.plugins.catalog.uom;

import java.math.BigDecimal;

/**
 * A converted quantity.
 *
 * @param quantity the quantity, rounded once half-up
 * @param uom      the unit it is in
 */
record ConvertedQuantity(BigDecimal quantity, String uom) {
}
