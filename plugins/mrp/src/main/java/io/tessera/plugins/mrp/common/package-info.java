/**
 * What every part of the module uses: the catalog's and inventory's published services, the installer, problems.
 * Database access is the SDK's {@link io.tessera.sdk.persistence.TenantJdbc}.
 */
package io.tessera.plugins.mrp.common;
