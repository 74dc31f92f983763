package io.tessera.plugins.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The form shows a stored amount ({@code numeric(19,4)}) with its currency's digits, never dropping digits it has. */
class OpportunityDraftTest {

    @Test
    void anAmountIsShownWithTheCurrencysDigitsUnlessItHasMore() {
        assertThat(OpportunityDraft.shown(new BigDecimal("400.0000"), "EUR")).hasToString("400.00");
        assertThat(OpportunityDraft.shown(new BigDecimal("12000.5000"), "USD")).hasToString("12000.50");
        assertThat(OpportunityDraft.shown(new BigDecimal("400.1250"), "EUR")).as("digits the deal has are kept")
                .hasToString("400.125");
        assertThat(OpportunityDraft.shown(new BigDecimal("400.0000"), "JPY")).hasToString("400");
        assertThat(OpportunityDraft.shown(new BigDecimal("1.5000"), "KWD")).hasToString("1.500");
        assertThat(OpportunityDraft.shown(null, "EUR")).isNull();
    }
}
