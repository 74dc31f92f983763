package io.tessera.tenants.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.model.SubscriptionItem;
import io.tessera.sdk.web.ApiProblem;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call whose answer does not come within the read timeout counts as a network error: it is retried with the same
 * idempotency key (so Stripe applies it once), and without retries it is refused with nothing changed.
 */
class StripeTimeoutTest {

    private static final StripeStub.Item ITEM = new StripeStub.Item("si_slow", "paidslow", "price_slow", 700, 1);
    private static final String SUBSCRIPTION = "sub_slow";

    private final StripeStub stripe = new StripeStub();

    @AfterEach
    void stop() {
        stripe.server.stop();
    }

    @Test
    void anAnswerThatTimesOutIsRetriedWithTheSameIdempotencyKey() {
        answerLateOnceThenInTime();
        StripeGateway gateway = gateway(3);

        SubscriptionItem item = gateway.addItem(SUBSCRIPTION, ITEM.price(), 1, "tessera:t:paidslow:enable:op-1");

        assertThat(item.getId()).isEqualTo(ITEM.id());
        List<LoggedRequest> attempts = attempts();
        assertThat(attempts).as("the late attempt and at least one more").hasSizeGreaterThanOrEqualTo(2);
        assertThat(attempts).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("tessera:t:paidslow:enable:op-1");
    }

    @Test
    void withoutRetriesAnAnswerThatTimesOutIsRefusedAsAStripeFailure() {
        answerLateOnceThenInTime();
        StripeGateway gateway = gateway(0);

        assertThatThrownBy(() -> gateway.addItem(SUBSCRIPTION, ITEM.price(), 1, "tessera:t:paidslow:enable:op-2"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getMessage()).contains("Stripe could not add the module"));
        assertThat(attempts()).hasSize(1);
    }

    private void answerLateOnceThenInTime() {
        stripe.server.stubFor(StripeStub.itemAddedRequest(SUBSCRIPTION, ITEM).inScenario("late").whenScenarioStateIs(STARTED)
                .willReturn(StripeStub.json(200, StripeStub.item(SUBSCRIPTION, ITEM)).withFixedDelay(8_000))
                .willSetStateTo("in time"));
        stripe.server.stubFor(StripeStub.itemAddedRequest(SUBSCRIPTION, ITEM).inScenario("late").whenScenarioStateIs("in time")
                .willReturn(StripeStub.json(200, StripeStub.item(SUBSCRIPTION, ITEM))));
    }

    private StripeGateway gateway(int retries) {
        BillingProperties.Stripe settings = new BillingProperties.Stripe("sk_test_timeouts", null, stripe.base(), retries,
                null, null, Duration.ofSeconds(2));
        return new StripeGateway(BillingConfiguration.client(settings));
    }

    private List<LoggedRequest> attempts() {
        return stripe.server.findAll(postRequestedFor(urlPathEqualTo("/v1/subscription_items")));
    }
}
