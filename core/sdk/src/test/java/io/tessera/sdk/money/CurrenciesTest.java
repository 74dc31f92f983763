package io.tessera.sdk.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.sdk.web.ApiProblem;
import org.junit.jupiter.api.Test;

class CurrenciesTest {

    @Test
    void moneyCurrenciesPass() {
        assertThat(Currencies.isMoney("EUR")).isTrue();
        assertThat(Currencies.isMoney("USD")).isTrue();
        assertThat(Currencies.isMoney("JPY")).isTrue();
        assertThat(Currencies.isMoney("CHF")).isTrue();
    }

    @Test
    void unknownTestMetalAndNoCurrencyCodesAreRefused() {
        for (String code : new String[] {"BTC", "ZZZ", "XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "eur", "EURO", "", "E1R"}) {
            assertThat(Currencies.isMoney(code)).as(code).isFalse();
        }
        assertThat(Currencies.isMoney(null)).isFalse();
    }

    @Test
    void requireNamesTheField() {
        assertThatThrownBy(() -> Currencies.require("lines[0].currency", "XTS"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.errors()).extracting(ApiProblem.FieldError::field).containsExactly("lines[0].currency");
                });
        assertThat(Currencies.require("currency", "EUR")).isEqualTo("EUR");
    }
}
