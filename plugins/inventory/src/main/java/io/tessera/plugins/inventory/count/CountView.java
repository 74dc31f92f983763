package io.tessera.plugins.inventory.count;

import io.tessera.plugins.inventory.common.Numbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A count sheet.
 *
 * @param id           the sheet
 * @param locationId   the location counted
 * @param state        {@code draft} or {@code done}
 * @param date         the date of the count
 * @param adjustmentId the adjustment its validation posted, or null
 * @param lines        its lines
 */
public record CountView(UUID id, UUID locationId, String state, LocalDate date, UUID adjustmentId, List<Line> lines) {

    /**
     * A line.
     *
     * @param line       its number
     * @param productId  the product
     * @param lotId      the lot, or null
     * @param lot        the lot's name, or null
     * @param expected   the quantity recorded when the sheet was created
     * @param counted    the quantity counted, or null while not counted
     * @param difference counted − expected, or null while not counted
     */
    public record Line(int line, UUID productId, UUID lotId, String lot, BigDecimal expected, BigDecimal counted,
                BigDecimal difference) {

        public Line {
            expected = Numbers.quantity(expected);
            counted = Numbers.quantity(counted);
            difference = Numbers.quantity(difference);
        }
    }
}
