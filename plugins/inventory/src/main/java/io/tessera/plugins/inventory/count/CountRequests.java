package io.tessera.plugins.inventory.count;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The request bodies of the count sheet endpoints. */
public final class CountRequests {

    private CountRequests() {
    }

    /**
     * {@code POST /counts}.
     *
     * @param locationId the internal location counted
     * @param productIds only these products (each gets a line, expected 0 when none is there), or null for all the
     *                   location holds
     */
    public record Create(UUID locationId, List<UUID> productIds) {
    }

    /**
     * {@code PUT /counts/{id}}.
     *
     * @param lines the counted quantities
     */
    public record Record(List<Counted> lines) {
    }

    /**
     * A counted quantity of a line of the sheet.
     *
     * @param productId       the product
     * @param lot             the lot or serial of the line, null for none
     * @param countedQuantity the quantity found, base unit, not negative
     */
    public record Counted(UUID productId, String lot, BigDecimal countedQuantity) {
    }
}
