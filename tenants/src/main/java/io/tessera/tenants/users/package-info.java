/** The tenant admin's users and roles: {@code /api/v1/admin/users}. */
package io.tessera.tenants.users;
