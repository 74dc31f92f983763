package io.tessera.plugins.purchasing.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.plugins.purchasing.order.OrderStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The amounts of the three-way match: what clears stock received not billed, and the price difference. */
class MatchTest {

    /** A stocked line: 3 units at 1/3 each (cost 0.333333), received in three parts of 1 (0.33 each). */
    static OrderStore.LineRow line(String received, String receivedValue, String billed, String billedValue, boolean stocked) {
        return new OrderStore.LineRow(1, UUID.randomUUID(), UUID.randomUUID(), "Thing", new BigDecimal("3"), "unit",
                new BigDecimal("0.333333"), new BigDecimal("3"), new BigDecimal("0.333333"), new BigDecimal("1.00"),
                LocalDate.of(2026, 1, 1), "RECEIVED", stocked, new BigDecimal(received), new BigDecimal(receivedValue),
                new BigDecimal(billed), new BigDecimal(billedValue), null);
    }

    @Test
    void theLastBillOfWhatArrivedTakesExactlyWhatTheReceiptsCredited() {
        Bills.Matched first = Bills.match(line("3", "0.99", "0", "0"), new BigDecimal("2"), new BigDecimal("0.333333"), 2);
        assertThat(first.matched()).isEqualByComparingTo("0.67");
        Bills.Matched last = Bills.match(line("3", "0.99", "2", "0.67"), BigDecimal.ONE, new BigDecimal("0.333333"), 2);
        assertThat(last.matched()).as("0.99 credited - 0.67 billed, not round(0.333333)").isEqualByComparingTo("0.32");
        assertThat(last.difference()).isZero();
    }

    @Test
    void aServiceLineBilledInFullTakesTheRestOfItsSubtotal() {
        Bills.Matched all = Bills.match(line("0", "0", "0", "0", false), new BigDecimal("3"), new BigDecimal("0.333333"), 2);
        assertThat(all.matched()).isEqualByComparingTo("1.00");
    }

    @Test
    void anotherPriceIsBilledAsQuantityTimesPriceAndTheDifferenceIsKept() {
        Bills.Matched dearer = Bills.match(line("3", "0.99", "0", "0"), new BigDecimal("3"), new BigDecimal("0.40"), 2);
        assertThat(dearer.matched()).isEqualByComparingTo("0.99");
        assertThat(dearer.billed()).isEqualByComparingTo("1.20");
        assertThat(dearer.difference()).isEqualByComparingTo("0.21");
        Bills.Matched cheaper = Bills.match(line("3", "0.99", "0", "0"), new BigDecimal("3"), new BigDecimal("0.30"), 2);
        assertThat(cheaper.difference()).isEqualByComparingTo("-0.09");
    }

    private static OrderStore.LineRow line(String received, String receivedValue, String billed, String billedValue) {
        return line(received, receivedValue, billed, billedValue, true);
    }
}
