package io.tessera.plugins.accounting.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceMathTest {

    @Test
    void eachLineIsRoundedHalfUpAndTotalsAreSumsOfRoundedLines() {
        InvoiceMath.Line a = InvoiceMath.line(new BigDecimal("3"), new BigDecimal("19.99"), new BigDecimal("20"), "EUR");
        assertThat(a.net()).isEqualTo(new BigDecimal("59.97"));
        assertThat(a.tax()).isEqualTo(new BigDecimal("11.99")); // 11.994
        InvoiceMath.Line b = InvoiceMath.line(new BigDecimal("3"), new BigDecimal("2.3333"), new BigDecimal("20"), "EUR");
        assertThat(b.net()).isEqualTo(new BigDecimal("7.00")); // 6.9999
        assertThat(b.tax()).isEqualTo(new BigDecimal("1.40"));
        InvoiceMath.Totals totals = InvoiceMath.totals(List.of(a, b), "EUR");
        assertThat(totals.subtotal()).isEqualTo(new BigDecimal("66.97"));
        assertThat(totals.tax()).isEqualTo(new BigDecimal("13.39"));
        assertThat(totals.total()).isEqualTo(new BigDecimal("80.36"));
    }

    @Test
    void halfACentGoesUpAndZeroDecimalCurrenciesRoundToUnits() {
        assertThat(InvoiceMath.line(new BigDecimal("1"), new BigDecimal("0.05"), new BigDecimal("10"), "EUR").tax())
                .isEqualTo(new BigDecimal("0.01")); // 0.005
        assertThat(InvoiceMath.line(new BigDecimal("1"), new BigDecimal("0.04"), new BigDecimal("10"), "EUR").tax())
                .isEqualTo(new BigDecimal("0.00")); // 0.004
        InvoiceMath.Line yen = InvoiceMath.line(new BigDecimal("1.5"), new BigDecimal("333"), new BigDecimal("8"), "JPY");
        assertThat(yen.net()).isEqualTo(new BigDecimal("500")); // 499.5
        assertThat(yen.tax()).isEqualTo(new BigDecimal("40"));
        assertThat(InvoiceMath.totals(List.of(), "JPY").total()).isEqualTo(new BigDecimal("0"));
    }
}
