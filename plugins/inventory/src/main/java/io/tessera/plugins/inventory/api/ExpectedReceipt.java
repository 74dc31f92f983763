package io.tessera.plugins.inventory.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Goods expected from a supplier for a demand line (e.g. a confirmed purchase order line), announced through
 * {@link Stock#expect}.
 *
 * @param line      the demand line
 * @param productId the product
 * @param quantity  the quantity expected, in the product's base unit, positive
 * @param unitCost  the expected cost per base unit in the base currency, or {@code null}
 * @param date      the expected date, or {@code null} for today
 */
public record ExpectedReceipt(DemandLine line, UUID productId, BigDecimal quantity, BigDecimal unitCost, LocalDate date) {

    /** Checks the components. */
    public ExpectedReceipt {
        Objects.requireNonNull(line, "line");
    }
}
