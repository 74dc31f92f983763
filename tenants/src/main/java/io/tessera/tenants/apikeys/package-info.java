/** The tenant admin's API keys: {@code /api/v1/admin/api-keys}. */
package io.tessera.tenants.apikeys;
