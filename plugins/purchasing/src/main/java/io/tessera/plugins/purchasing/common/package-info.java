/**
 * What every other package of the module uses: permission names and settings. Database access is the SDK's
 * {@link io.tessera.sdk.persistence.TenantJdbc}.
 */
package io.tessera.plugins.purchasing.common;
