/**
 * Persistence building blocks for plugin code: the tenant-scoped base entity, UUIDv7 ids,
 * {@link io.tessera.sdk.persistence.TenantJdbc} for plain SQL on the module's own tables, and
 * {@link io.tessera.sdk.persistence.Transactions}, the one way to open a transaction.
 */
package io.tessera.sdk.persistence;
