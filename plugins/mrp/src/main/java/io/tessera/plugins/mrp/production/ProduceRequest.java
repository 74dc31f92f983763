package io.tessera.plugins.mrp.production;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What to produce now.
 *
 * @param quantity the quantity, positive, at most what is left to produce; less leaves a backorder
 * @param lot      the lot of the product made, required when it is lot-tracked
 */
public record ProduceRequest(BigDecimal quantity, @Size(max = 100) String lot) {
}
