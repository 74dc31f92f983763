package io.tessera.plugins.accounting.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void roundsHalfUpToTheCurrencysMinorUnits() {
        assertThat(Money.round(new BigDecimal("0.125"), "EUR")).isEqualTo(new BigDecimal("0.13"));
        assertThat(Money.round(new BigDecimal("0.124999"), "EUR")).isEqualTo(new BigDecimal("0.12"));
        assertThat(Money.round(new BigDecimal("-0.125"), "EUR")).isEqualTo(new BigDecimal("-0.13"));
        assertThat(Money.round(new BigDecimal("149.5"), "JPY")).isEqualTo(new BigDecimal("150"));
        assertThat(Money.round(new BigDecimal("1.0005"), "BHD")).isEqualTo(new BigDecimal("1.001"));
    }

    @Test
    void requestAmountsAreNeverRoundedSilently() {
        assertThat(Money.amount(new BigDecimal("10.5"), "EUR", "debit")).isEqualTo(new BigDecimal("10.50"));
        assertThat(Money.amount(new BigDecimal("10.500000"), "EUR", "debit")).isEqualTo(new BigDecimal("10.50"));
        assertThat(Money.amount(null, "EUR", "debit")).isEqualTo(new BigDecimal("0.00"));
        assertRefused(() -> Money.amount(new BigDecimal("10.005"), "EUR", "lines[0].debit"), "lines[0].debit", "decimals");
        assertRefused(() -> Money.amount(new BigDecimal("1.5"), "JPY", "amount"), "amount", "decimals");
        assertRefused(() -> Money.amount(new BigDecimal("-1"), "EUR", "amount"), "amount", "negative");
        assertRefused(() -> Money.amount(new BigDecimal("1e16"), "EUR", "amount"), "amount", "too large");
        assertRefused(() -> Money.positive(BigDecimal.ZERO, "EUR", "amount"), "amount", "greater than zero");
    }

    @Test
    void currenciesAreIsoCodes() {
        assertThat(Money.currency("USD", "currency")).isEqualTo("USD");
        assertRefused(() -> Money.currency("usd", "currency"), "currency", "ISO 4217");
        assertRefused(() -> Money.currency("XYZ", "currency"), "currency", "ISO 4217");
        assertRefused(() -> Money.currency(null, "currency"), "currency", "ISO 4217");
    }

    private static void assertRefused(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiProblem.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.getMessage()).contains(field).contains(message);
            assertThat(e.errors()).containsExactly(new ApiProblem.FieldError(field, e.errors().getFirst().message()));
            assertThat(e.errors().getFirst().message()).contains(message);
        });
    }
}
