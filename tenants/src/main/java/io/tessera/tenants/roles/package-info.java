/** The tenant admin's roles and the permissions they bundle: {@code /api/v1/admin/roles}. */
package io.tessera.tenants.roles;
