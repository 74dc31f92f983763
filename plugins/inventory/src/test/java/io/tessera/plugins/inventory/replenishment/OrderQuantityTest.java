package io.tessera.plugins.inventory.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderQuantityTest {

    @Test
    void roundsUpToTheNextMultipleAndKeepsAnExactMultiple() {
        assertThat(OrderQuantity.roundUp(new BigDecimal("10"), new BigDecimal("6"))).isEqualByComparingTo("12");
        assertThat(OrderQuantity.roundUp(new BigDecimal("12"), new BigDecimal("6"))).isEqualByComparingTo("12");
        assertThat(OrderQuantity.roundUp(new BigDecimal("0.3"), new BigDecimal("0.25"))).isEqualByComparingTo("0.5");
        assertThat(OrderQuantity.roundUp(BigDecimal.ZERO, new BigDecimal("5"))).isEqualByComparingTo("0");
    }

    @Test
    void aSupplierGetsAtLeastItsMinimumRoundedUpToItsMultiple() {
        assertThat(OrderQuantity.forSupplier(new BigDecimal("12"), new BigDecimal("20"), new BigDecimal("8")))
                .isEqualByComparingTo("24");
        assertThat(OrderQuantity.forSupplier(new BigDecimal("30"), new BigDecimal("2"), new BigDecimal("8")))
                .isEqualByComparingTo("32");
        assertThat(OrderQuantity.forSupplier(new BigDecimal("7"), null, null)).isEqualByComparingTo("7");
        assertThat(OrderQuantity.forSupplier(new BigDecimal("0.4"), new BigDecimal("0"), new BigDecimal("1")))
                .as("a need below the supplier's unit still orders one").isEqualByComparingTo("1");
    }
}
