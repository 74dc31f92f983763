package io.tessera.tenants.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The small rules of trials and the seat outbox, on fixed instants. */
class BillingRulesTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void daysLeftCountsAStartedDayAndIsZeroOnceTheTrialEnded() {
        Instant ends = START.plus(Duration.ofDays(14));
        assertThat(BillingOverview.daysLeft(START, ends)).isEqualTo(14);
        assertThat(BillingOverview.daysLeft(START.plusSeconds(1), ends)).isEqualTo(14);
        assertThat(BillingOverview.daysLeft(ends.minusSeconds(1), ends)).isEqualTo(1);
        assertThat(BillingOverview.daysLeft(ends, ends)).isZero();
        assertThat(BillingOverview.daysLeft(ends.plusSeconds(86_400 * 3), ends)).isZero();
    }

    @Test
    void theSeatOutboxWaitsLongerAfterEachFailureUpToHalfAnHour() {
        assertThat(SeatSync.delay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(SeatSync.delay(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SeatSync.delay(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(SeatSync.delay(40)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void trialDaysDefaultToNoneAndMustNotBeNegative() {
        assertThat(new BillingProperties.PaidModule(null, false, null).trialDays()).isZero();
        assertThat(new BillingProperties.PaidModule(null, false, 14).trialDays()).isEqualTo(14);
        assertThatThrownBy(() -> new BillingProperties.PaidModule(null, false, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trial-days");
    }
}
