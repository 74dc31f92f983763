/**
 * Billing per module with Stripe (D11), off unless {@code tessera.billing.stripe.api-key} is set. {@link
 * io.tessera.tenants.billing.ModuleBilling} is the marketplace's entry point for enabling and detaching (paid modules go
 * through Stripe first, then the kernel's lifecycle); the webhook endpoint stores verified events by id and a worker
 * applies them by re-reading the subscription; a lapse detaches paid modules (data kept) and paying enables them again;
 * a daily reconciliation heals missed events. {@link io.tessera.tenants.billing.BillingOverview} is what the admin and
 * platform views show.
 */
package io.tessera.tenants.billing;
