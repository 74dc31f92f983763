/**
 * Persistence building blocks for plugin code: the tenant-scoped base entity, UUIDv7 ids, and
 * {@link io.tessera.sdk.persistence.Transactions}, the one way to open a transaction.
 */
package io.tessera.sdk.persistence;
