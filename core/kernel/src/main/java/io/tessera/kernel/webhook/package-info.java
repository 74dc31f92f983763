/**
 * Outbound webhooks for integrators: a tenant admin subscribes an https URL to event types; every domain event whose
 * record carries {@link io.tessera.sdk.event.WebhookEvent} becomes one delivery per matching subscription, sent from
 * the outbox (retried with back-off, every attempt logged with its response code), signed with HMAC-SHA256 over
 * {@code timestamp.payload} in the header {@code Tessera-Signature: t=<unix seconds>,v1=<hex>} (Stripe's scheme).
 * URLs that are not https or resolve to loopback, private, link-local or otherwise internal addresses are refused
 * unless {@code tessera.webhooks.allow-private-urls} is true (SSRF).
 */
package io.tessera.kernel.webhook;
