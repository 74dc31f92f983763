/**
 * Per-tenant API keys for integrations: created by tenant admins with permission scopes, shown once,
 * stored as a SHA-256 hash, accepted as {@code Authorization: Bearer <key>}, revocable, last use recorded.
 */
package io.tessera.kernel.apikey;
