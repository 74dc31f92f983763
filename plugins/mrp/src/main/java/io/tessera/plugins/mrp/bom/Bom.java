package io.tessera.plugins.mrp.bom;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A bill of materials, quantities in the products' base units.
 *
 * @param id           the BOM
 * @param productId    the product it makes
 * @param quantity     the quantity it makes
 * @param uom          the product's base unit
 * @param active       whether it is the product's active BOM
 * @param routingId    its routing, or {@code null}
 * @param lowLevelCode the product's low-level code
 * @param components   what it consumes
 * @param byProducts   what it also yields
 */
public record Bom(UUID id, UUID productId, BigDecimal quantity, String uom, boolean active, UUID routingId,
                  int lowLevelCode, List<BomLine> components, List<BomLine> byProducts) {

    /**
     * A component or by-product line.
     *
     * @param line         its number
     * @param productId    the product
     * @param quantity     per BOM quantity in the product's base unit
     * @param uom          that base unit
     * @param scrap        percent lost in production
     * @param lowLevelCode the product's low-level code
     */
    public record BomLine(int line, UUID productId, BigDecimal quantity, String uom, BigDecimal scrap, int lowLevelCode) {

        /**
         * What the line needs for a quantity of the BOM's product, scrap included: quantity × produced / BOM
         * quantity × (100 + scrap) / 100.
         *
         * @param produced   the quantity to make
         * @param bomQuantity the BOM's quantity
         * @return the quantity of the component, 6 decimals, rounded up
         */
        public BigDecimal requiredFor(BigDecimal produced, BigDecimal bomQuantity) {
            return quantity.multiply(produced).multiply(BigDecimal.valueOf(100).add(scrap))
                    .divide(bomQuantity.multiply(BigDecimal.valueOf(100)), 6, java.math.RoundingMode.UP);
        }
    }
}
