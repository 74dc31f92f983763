/**
 * The tenant admin's view of the audit trail: {@link io.tessera.tenants.audit.AuditTrailQueries}, the one query,
 * used by {@code GET /api/v1/admin/audit} and the admin console.
 */
package io.tessera.tenants.audit;
