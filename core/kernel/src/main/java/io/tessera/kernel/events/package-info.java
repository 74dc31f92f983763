/**
 * Domain events through a transactional outbox (D7): {@link io.tessera.sdk.event.EventPublisher}
 * writes one outbox row per event and listener in the publishing transaction; the dispatcher
 * delivers each row after commit, in its own transaction with the publishing tenant in scope, and
 * retries with back-off until the listener succeeds.
 */
package io.tessera.kernel.events;
