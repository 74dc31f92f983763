/**
 * Domain events between modules: immutable records published inside a transaction and delivered
 * to listeners after it commits, through the kernel's transactional outbox.
 */
package io.tessera.sdk.event;
