package io.tessera.plugins.mrp.bom;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A bill of materials to create.
 *
 * @param productId  the product it makes
 * @param quantity   the quantity it makes, positive
 * @param uom        the unit of that quantity, the product's base unit when absent
 * @param active     whether it becomes the product's active BOM (replacing the active one); when absent, it does
 *                   when the product has no active BOM yet
 * @param routingId  how it is made, or {@code null}
 * @param components what it consumes, at least one
 * @param byProducts what it also yields, or {@code null}
 */
public record BomRequest(UUID productId, BigDecimal quantity, @Size(max = 20) String uom, Boolean active,
                         UUID routingId, List<Line> components, List<Line> byProducts) {

    /**
     * A component or by-product.
     *
     * @param productId the product
     * @param quantity  per BOM quantity, positive
     * @param uom       its unit, the product's base unit when absent
     * @param scrap     percent lost in production, 0 ≤ scrap &lt; 100 (components only; 0 when absent)
     */
    public record Line(UUID productId, BigDecimal quantity, @Size(max = 20) String uom, BigDecimal scrap) {
    }
}
