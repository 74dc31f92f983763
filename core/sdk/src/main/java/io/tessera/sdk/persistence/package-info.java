/**
 * Persistence building blocks for plugin entities: the tenant-scoped base entity and UUIDv7 ids.
 */
package io.tessera.sdk.persistence;
