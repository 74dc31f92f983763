package io.tessera.tenants.billing;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Price;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PriceListParams;
import com.stripe.param.SubscriptionCancelParams;
import com.stripe.param.SubscriptionCreateParams;
import com.stripe.param.SubscriptionItemCreateParams;
import com.stripe.param.SubscriptionItemDeleteParams;
import com.stripe.param.SubscriptionItemUpdateParams;
import com.stripe.param.SubscriptionListParams;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.web.ApiProblem;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call Tessera makes to Stripe, through one instance {@link StripeClient} (never the global API key). Writes carry
 * an idempotency key derived from the operation; stripe-java reuses it when it retries a network error, a 409, a 429
 * or a 5xx. A refusal becomes an {@link ApiProblem}: a declined card 402 with Stripe's message, anything else 502.
 */
final class StripeGateway {

    private static final Logger log = LoggerFactory.getLogger(StripeGateway.class);

    private final StripeClient stripe;

    StripeGateway(StripeClient stripe) {
        this.stripe = stripe;
    }

    /** The module's active price, found by its lookup key. */
    Price price(String moduleId, String lookupKey) {
        List<Price> prices = call("look up the price of '" + moduleId + "'", () -> stripe.v1().prices()
                .list(PriceListParams.builder().addLookupKey(lookupKey).setActive(true).build()).getData());
        if (prices.isEmpty()) {
            throw new ApiProblem(409, "Module '" + moduleId + "' is paid but Stripe has no active price with lookup key '"
                    + lookupKey + "'; the platform operator must create it");
        }
        return prices.getFirst();
    }

    String createCustomer(TenantRef tenant, String name) {
        Customer customer = call("create the customer", () -> stripe.v1().customers().create(CustomerCreateParams.builder()
                .setName(name).putMetadata("tenant_id", tenant.id().toString()).putMetadata("tenant_slug", tenant.slug())
                .build(), key("tessera:" + tenant.id() + ":customer")));
        return customer.getId();
    }

    /** A new subscription (flexible billing mode) with the first paid module's item; paid at once or refused. */
    Subscription createSubscription(String customerId, TenantRef tenant, String priceId, long quantity, String idempotencyKey) {
        return call("subscribe", () -> stripe.v1().subscriptions().create(SubscriptionCreateParams.builder()
                .setCustomer(customerId)
                .addItem(SubscriptionCreateParams.Item.builder().setPrice(priceId).setQuantity(quantity).build())
                .setBillingMode(SubscriptionCreateParams.BillingMode.builder()
                        .setType(SubscriptionCreateParams.BillingMode.Type.FLEXIBLE).build())
                .setPaymentBehavior(SubscriptionCreateParams.PaymentBehavior.ERROR_IF_INCOMPLETE)
                .putMetadata("tenant_id", tenant.id().toString())
                .build(), key(idempotencyKey)));
    }

    /** One more item, its proration invoiced and paid at once; refused (402) when the payment fails, with no change. */
    SubscriptionItem addItem(String subscriptionId, String priceId, long quantity, String idempotencyKey) {
        return call("add the module", () -> stripe.v1().subscriptionItems().create(SubscriptionItemCreateParams.builder()
                .setSubscription(subscriptionId).setPrice(priceId).setQuantity(quantity)
                .setProrationBehavior(SubscriptionItemCreateParams.ProrationBehavior.ALWAYS_INVOICE)
                .setPaymentBehavior(SubscriptionItemCreateParams.PaymentBehavior.ERROR_IF_INCOMPLETE)
                .build(), key(idempotencyKey)));
    }

    /**
     * Whether the customer has a payment method Stripe charges by default (invoice settings, or a legacy default
     * source). Without one a first subscription goes through Checkout, and an ending trial detaches its module.
     */
    boolean hasPaymentMethod(String customerId) {
        Customer customer = call("read the customer", () -> stripe.v1().customers().retrieve(customerId));
        boolean invoiceDefault = customer.getInvoiceSettings() != null
                && customer.getInvoiceSettings().getDefaultPaymentMethod() != null;
        return invoiceDefault || customer.getDefaultSource() != null;
    }

    /** A line of a Checkout session: a module's price and quantity. */
    record Line(String priceId, long quantity) {
    }

    /**
     * A Checkout session in subscription mode (Stripe's way to take a first payment method and start a subscription):
     * the subscription it creates is flexible and names the tenant; the session names the tenant and the module.
     */
    Session checkout(String customerId, TenantRef tenant, String moduleId, List<Line> lines, String successUrl,
                     String cancelUrl, String idempotencyKey) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(customerId)
                .setClientReferenceId(tenant.id().toString())
                .putMetadata("tenant_id", tenant.id().toString())
                .putMetadata("module", moduleId)
                .setSuccessUrl(successUrl)
                .setCancelUrl(cancelUrl)
                .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                        .setBillingMode(SessionCreateParams.SubscriptionData.BillingMode.builder()
                                .setType(SessionCreateParams.SubscriptionData.BillingMode.Type.FLEXIBLE).build())
                        .putMetadata("tenant_id", tenant.id().toString())
                        .build());
        for (Line line : lines) {
            params.addLineItem(SessionCreateParams.LineItem.builder().setPrice(line.priceId()).setQuantity(line.quantity())
                    .build());
        }
        return call("open a checkout session", () -> stripe.v1().checkout().sessions().create(params.build(),
                key(idempotencyKey)));
    }

    /** A Checkout session as Stripe has it now. */
    Session checkoutSession(String sessionId) {
        return call("read the checkout session", () -> stripe.v1().checkout().sessions().retrieve(sessionId));
    }

    /** Sets a per-seat item's quantity; the difference is prorated on the next invoice (Stripe's default). */
    void setQuantity(String itemId, long quantity, String idempotencyKey) {
        call("change the seats", () -> stripe.v1().subscriptionItems().update(itemId, SubscriptionItemUpdateParams.builder()
                .setQuantity(quantity)
                .setProrationBehavior(SubscriptionItemUpdateParams.ProrationBehavior.CREATE_PRORATIONS)
                .build(), key(idempotencyKey)));
    }

    /** Removes an item; the unused time is credited on the next invoice (or not at all when undoing an addition). */
    void removeItem(String itemId, boolean prorate, String idempotencyKey) {
        call("remove the module", () -> stripe.v1().subscriptionItems().delete(itemId, SubscriptionItemDeleteParams.builder()
                .setProrationBehavior(prorate ? SubscriptionItemDeleteParams.ProrationBehavior.CREATE_PRORATIONS
                        : SubscriptionItemDeleteParams.ProrationBehavior.NONE)
                .build(), key(idempotencyKey)));
    }

    void cancel(String subscriptionId, String idempotencyKey) {
        call("cancel the subscription", () -> stripe.v1().subscriptions().cancel(subscriptionId,
                SubscriptionCancelParams.builder().build(), key(idempotencyKey)));
    }

    Subscription subscription(String subscriptionId) {
        return call("read the subscription", () -> stripe.v1().subscriptions().retrieve(subscriptionId));
    }

    /** The customer's subscriptions, whatever their status, newest first. */
    List<Subscription> subscriptionsOf(String customerId) {
        return call("list the subscriptions", () -> stripe.v1().subscriptions().list(SubscriptionListParams.builder()
                .setCustomer(customerId).setStatus(SubscriptionListParams.Status.ALL).build()).getData());
    }

    /** A Billing Portal session (payment methods and invoices; modules are changed in Tessera, not there). */
    String portal(String customerId, String returnUrl) {
        return call("open the billing portal", () -> stripe.v1().billingPortal().sessions().create(
                com.stripe.param.billingportal.SessionCreateParams.builder().setCustomer(customerId).setReturnUrl(returnUrl)
                        .build())).getUrl();
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private interface StripeCall<T> {
        T run() throws StripeException;
    }

    private static <T> T call(String what, StripeCall<T> call) {
        try {
            return call.run();
        } catch (CardException e) {
            throw new ApiProblem(402, "Stripe declined the payment: " + message(e) + " Nothing was changed.");
        } catch (StripeException e) {
            log.error("Stripe refused to {}: status {}, request {}", what, e.getStatusCode(), e.getRequestId(), e);
            throw new ApiProblem(502, "Stripe could not " + what + " (" + message(e) + "); nothing was changed, try again later");
        }
    }

    private static String message(StripeException e) {
        return e.getStripeError() != null && e.getStripeError().getMessage() != null ? e.getStripeError().getMessage()
                : e.getMessage();
    }
}
