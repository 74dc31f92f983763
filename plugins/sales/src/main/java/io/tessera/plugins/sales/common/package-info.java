/**
 * Shared plumbing of the sales module: document numbering, printing, amounts and settings. Database access is the
 * SDK's {@link io.tessera.sdk.persistence.TenantJdbc}.
 */
package io.tessera.plugins.sales.common;
