/**
 * Internal helpers shared by the accounting packages: money rounding, CSV, idempotency keys and parties. Not part of
 * the module's published API. Database access is the SDK's {@link io.tessera.sdk.persistence.TenantJdbc}.
 */
package io.tessera.plugins.accounting.common;
