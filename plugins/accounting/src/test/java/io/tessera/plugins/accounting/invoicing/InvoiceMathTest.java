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

    @Test
    void priceIncludedTaxIsExtractedFromEachLinesGrossAndRoundedPerLine() {
        // 3 x 9.99 = 29.97 gross at 10 %: tax 29.97 x 10 / 110 = 2.72454… -> 2.72, net 27.25; the gross is kept
        InvoiceMath.Line book = InvoiceMath.lineIncluded(new BigDecimal("3"), new BigDecimal("9.99"), new BigDecimal("10"), "EUR");
        assertThat(book.tax()).isEqualTo(new BigDecimal("2.72"));
        assertThat(book.net()).isEqualTo(new BigDecimal("27.25"));
        // 1.00 gross at 20 %: 0.1666… -> 0.17 per line, so three lines carry 0.51 where the document's 3.00 would give 0.50
        InvoiceMath.Line coffee = InvoiceMath.lineIncluded(BigDecimal.ONE, new BigDecimal("1.00"), new BigDecimal("20"), "EUR");
        InvoiceMath.Totals three = InvoiceMath.totals(List.of(coffee, coffee, coffee), "EUR");
        assertThat(three.tax()).isEqualTo(new BigDecimal("0.51"));
        assertThat(three.total()).isEqualTo(new BigDecimal("3.00"));
        // exact extractions stay exact, also in a currency without decimals
        assertThat(InvoiceMath.lineIncluded(BigDecimal.ONE, new BigDecimal("0.11"), new BigDecimal("10"), "EUR").tax())
                .isEqualTo(new BigDecimal("0.01"));
        assertThat(InvoiceMath.lineIncluded(BigDecimal.ONE, new BigDecimal("1.05"), new BigDecimal("5"), "EUR").tax())
                .isEqualTo(new BigDecimal("0.05"));
        assertThat(InvoiceMath.lineIncluded(BigDecimal.ONE, new BigDecimal("1080"), new BigDecimal("8"), "JPY").tax())
                .isEqualTo(new BigDecimal("80"));
    }
}
