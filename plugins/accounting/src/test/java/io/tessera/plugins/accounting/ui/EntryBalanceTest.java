package io.tessera.plugins.accounting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryBalanceTest {

    @Test
    void balancedOnlyWhenSomethingIsEnteredAndDebitsEqualCreditsByValue() {
        assertThat(EntryBalance.of(List.of()).balanced()).isFalse();
        assertThat(EntryBalance.of(List.of(new EntryBalance.Amounts(null, null))).balanced()).isFalse();
        EntryBalance equal = EntryBalance.of(List.of(new EntryBalance.Amounts(new BigDecimal("10.5"), null),
                new EntryBalance.Amounts(null, new BigDecimal("10.50"))));
        assertThat(equal.balanced()).isTrue();
        assertThat(equal.difference()).isEqualByComparingTo("0");
        EntryBalance apart = EntryBalance.of(List.of(new EntryBalance.Amounts(new BigDecimal("100.00"), null),
                new EntryBalance.Amounts(null, new BigDecimal("99.99"))));
        assertThat(apart.balanced()).isFalse();
        assertThat(apart.difference()).isEqualByComparingTo("0.01");
    }
}
