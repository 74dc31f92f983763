package io.tessera.tenants.billing;

import com.stripe.StripeClient;
import io.tessera.kernel.audit.AuditLogService;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.module.ModuleLifecycle;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Billing's parts. Everything that talks to Stripe exists only when {@code tessera.billing.stripe.api-key} is set: without
 * it no Stripe client is built, no webhook endpoint is served, and {@link ModuleBilling} goes straight to the lifecycle.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingProperties.class)
class BillingConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("tessera.billing.stripe.api-key")
    static class StripeBillingConfiguration {

        private final Clock clock = Clock.systemUTC();

        @Bean
        StripeGateway stripeGateway(BillingProperties properties) {
            return new StripeGateway(client(properties.stripe()));
        }

        @Bean
        SubscriptionSync subscriptionSync(BillingProperties properties, ModuleLifecycle lifecycle, ModuleAccess access,
                                          TransactionTemplate tx, JdbcClient jdbc, AuditLogService audit) {
            return new SubscriptionSync(properties, lifecycle, access, tx, jdbc, audit, clock);
        }

        @Bean
        WebhookInbox webhookInbox(JdbcClient jdbc, TransactionTemplate tx, TransactionSettings settings) {
            return new WebhookInbox(jdbc, tx, settings);
        }

        @Bean
        CheckoutCompletion checkoutCompletion(BillingProperties properties, ModuleLifecycle lifecycle, ModuleAccess access,
                                              ModuleBilling billing, TransactionTemplate tx, JdbcClient jdbc,
                                              AuditLogService audit) {
            return new CheckoutCompletion(properties, lifecycle, access, billing, tx, jdbc, audit, clock);
        }

        @Bean
        SeatSync seatSync(BillingProperties properties, StripeGateway stripe, TransactionTemplate tx,
                          TransactionSettings settings, JdbcClient jdbc, AuditLogService audit) {
            return new SeatSync(properties, stripe, tx, settings, jdbc, audit, clock);
        }

        @Bean
        TrialEnds trialEnds(BillingProperties properties, StripeGateway stripe, ModuleLifecycle lifecycle, ModuleAccess access,
                            TransactionTemplate tx, TransactionSettings settings, JdbcClient jdbc, AuditLogService audit) {
            return new TrialEnds(properties, stripe, lifecycle, access, tx, settings, jdbc, audit, clock);
        }

        @Bean
        WebhookWorker webhookWorker(WebhookInbox inbox, StripeGateway stripe, SubscriptionSync sync,
                                    CheckoutCompletion checkouts, SeatSync seats) {
            return new WebhookWorker(inbox, stripe, sync, checkouts, seats);
        }

        @Bean
        BillingReconciliation billingReconciliation(StripeGateway stripe, SubscriptionSync sync, ModuleBilling billing,
                                                    SeatSync seats, TrialEnds trials, TransactionTemplate tx,
                                                    TransactionSettings settings, JdbcClient jdbc) {
            return new BillingReconciliation(stripe, sync, billing, seats, trials, tx, settings, jdbc, clock);
        }

        /** Trials that ran out are billed or detached ({@code tessera.billing.trial-check-interval}, hourly). */
        @Bean
        SmartLifecycle billingTrialSchedule(TaskScheduler scheduler, TrialEnds trials,
                                            @Value("${tessera.billing.trial-check-interval:PT1H}") Duration interval) {
            return periodic(scheduler, () -> TenantContext.callWithoutTenant(trials::run), interval);
        }

        @Bean
        ServletRegistrationBean<StripeWebhookServlet> stripeWebhookServlet(WebhookInbox inbox, WebhookWorker worker,
                                                                           BillingProperties properties) {
            return new ServletRegistrationBean<>(new StripeWebhookServlet(inbox, worker, properties.stripe(), clock),
                    StripeWebhookServlet.PATH);
        }

        /** Stripe signs instead of signing in: the one anonymous, CSRF-free API path, ahead of the API chain. */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain stripeWebhookChain(HttpSecurity http) throws Exception {
            return http.securityMatcher(StripeWebhookServlet.PATH)
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(c -> c.disable())
                    .build();
        }

        /** The daily reconciliation ({@code tessera.billing.reconcile-interval}, first run one interval after start). */
        @Bean
        SmartLifecycle billingReconciliationSchedule(TaskScheduler scheduler, BillingReconciliation reconciliation,
                                                     @Value("${tessera.billing.reconcile-interval:P1D}") Duration interval) {
            return periodic(scheduler, () -> TenantContext.callWithoutTenant(reconciliation::run), interval);
        }

        /** A task every interval, the first one interval after start. */
        private static SmartLifecycle periodic(TaskScheduler scheduler, Runnable task, Duration interval) {
            return new SmartLifecycle() {
                private ScheduledFuture<?> future;

                @Override
                public void start() {
                    future = scheduler.scheduleAtFixedRate(task, Instant.now().plus(interval), interval);
                }

                @Override
                public void stop() {
                    if (future != null) {
                        future.cancel(false);
                        future = null;
                    }
                }

                @Override
                public boolean isRunning() {
                    return future != null;
                }
            };
        }
    }

    /** The Stripe client of these settings: retries with the same idempotency key, a bounded wait for each answer. */
    static StripeClient client(BillingProperties.Stripe stripe) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(stripe.apiKey())
                .setMaxNetworkRetries(stripe.maxNetworkRetries())
                .setReadTimeout(Math.toIntExact(stripe.readTimeout().toMillis()));
        if (stripe.apiBase() != null && !stripe.apiBase().isBlank()) {
            builder.setApiBase(stripe.apiBase());
        }
        return builder.build();
    }
}
