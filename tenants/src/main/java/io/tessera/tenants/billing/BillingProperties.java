package io.tessera.tenants.billing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tessera.billing.*}: billing per module with Stripe. Off unless {@code tessera.billing.stripe.api-key} is set.
 *
 * @param stripe    the Stripe account
 * @param modules   the paid modules by module id; a module not listed is free and never touches Stripe
 * @param graceDays how long a {@code past_due} subscription keeps its modules enabled (with a banner)
 */
@ConfigurationProperties("tessera.billing")
public record BillingProperties(Stripe stripe, Map<String, PaidModule> modules, Integer graceDays) {

    /** Defaults for what is not set. */
    public BillingProperties {
        stripe = stripe == null ? new Stripe(null, null, null, null, null, null, null) : stripe;
        modules = modules == null ? Map.of() : Map.copyOf(modules);
        graceDays = graceDays == null ? 7 : graceDays;
    }

    /**
     * The Stripe account.
     *
     * @param apiKey            secret API key; billing is off without it
     * @param webhookSecret     the webhook endpoint's signing secrets (several while one is rotated)
     * @param apiBase           API base address (tests point it at a stub)
     * @param maxNetworkRetries retries of a call on a network error, 409, 429 with lock timeout or 5xx (same
     *                          idempotency key)
     * @param webhookMaxBytes   the largest webhook body accepted
     * @param webhookTolerance  how old a webhook signature may be
     * @param readTimeout       how long a call waits for Stripe's answer before it counts as a network error and is
     *                          retried (30 s when not set; stripe-java's own default is 80 s)
     */
    public record Stripe(String apiKey, List<String> webhookSecret, String apiBase, Integer maxNetworkRetries,
                         Integer webhookMaxBytes, Duration webhookTolerance, Duration readTimeout) {

        /** Defaults for what is not set. */
        public Stripe {
            webhookSecret = webhookSecret == null ? List.of() : List.copyOf(webhookSecret);
            maxNetworkRetries = maxNetworkRetries == null ? 3 : maxNetworkRetries;
            webhookMaxBytes = webhookMaxBytes == null ? 256 * 1024 : webhookMaxBytes;
            webhookTolerance = webhookTolerance == null ? Duration.ofMinutes(5) : webhookTolerance;
            readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        }
    }

    /**
     * A paid module.
     *
     * @param lookupKey the lookup key of its Stripe Price; {@code module.<id>} when not set
     * @param perSeat   whether the item's quantity is the tenant's active members
     * @param trialDays days a tenant may use it before it is billed (once per tenant); none when not set or 0
     */
    public record PaidModule(String lookupKey, boolean perSeat, Integer trialDays) {

        /** Defaults for what is not set. */
        public PaidModule {
            trialDays = trialDays == null ? 0 : trialDays;
            if (trialDays < 0) {
                throw new IllegalArgumentException("tessera.billing.modules.*.trial-days must not be negative: " + trialDays);
            }
        }
    }

    /**
     * The paid module of this id, if it is one.
     *
     * @param moduleId module id
     * @return the paid module
     */
    public Optional<PaidModule> paid(String moduleId) {
        return Optional.ofNullable(modules.get(moduleId));
    }

    /**
     * The Stripe Price lookup key of a paid module.
     *
     * @param moduleId module id
     * @return the lookup key
     */
    public String lookupKey(String moduleId) {
        PaidModule module = modules.get(moduleId);
        return module == null || module.lookupKey() == null || module.lookupKey().isBlank() ? "module." + moduleId
                : module.lookupKey();
    }

    /**
     * The module a Stripe Price lookup key stands for.
     *
     * @param lookupKey lookup key
     * @return the module id, if a paid module has that key
     */
    public Optional<String> moduleOf(String lookupKey) {
        return modules.keySet().stream().filter(m -> lookupKey(m).equals(lookupKey)).findFirst();
    }
}
