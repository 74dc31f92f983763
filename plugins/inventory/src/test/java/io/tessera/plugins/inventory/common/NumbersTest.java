package io.tessera.plugins.inventory.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Quantities and amounts as API responses show them: numbers without the storage scale's trailing zeros. */
class NumbersTest {

    @Test
    void quantitiesLoseTheStorageScalesTrailingZerosButNoDigit() {
        assertThat(Numbers.quantity(new BigDecimal("10.000000")).toString()).isEqualTo("10");
        assertThat(Numbers.quantity(new BigDecimal("100.000000")).toString()).as("never 1E+2").isEqualTo("100");
        assertThat(Numbers.quantity(new BigDecimal("2.500000")).toString()).isEqualTo("2.5");
        assertThat(Numbers.quantity(new BigDecimal("0.000001")).toString()).isEqualTo("0.000001");
        assertThat(Numbers.quantity(new BigDecimal("0.000000")).toString()).isEqualTo("0");
        assertThat(Numbers.quantity(null)).isNull();
    }

    @Test
    void amountsKeepTheCurrencysMinorUnitsAndAnyFurtherDigit() {
        assertThat(Numbers.amount(new BigDecimal("62.5000"), 2).toString()).isEqualTo("62.50");
        assertThat(Numbers.amount(new BigDecimal("1500.0000"), 0).toString()).isEqualTo("1500");
        assertThat(Numbers.amount(new BigDecimal("-3.0000"), 2).toString()).isEqualTo("-3.00");
        assertThat(Numbers.amount(new BigDecimal("0.1250"), 2).toString()).as("no digit is lost").isEqualTo("0.125");
        assertThat(Numbers.amount(null, 2)).isNull();
    }
}
