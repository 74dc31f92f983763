/** The tenant admin's view of the audit trail: {@code GET /api/v1/admin/audit}. */
package io.tessera.tenants.audit;
