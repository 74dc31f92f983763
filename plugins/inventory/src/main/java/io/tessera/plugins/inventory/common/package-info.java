/**
 * What every other package of the module uses: the SQL dialect, the catalog lookup, quantity rules and problems.
 * Database access is the SDK's {@link io.tessera.sdk.persistence.TenantJdbc}.
 */
package io.tessera.plugins.inventory.common;
