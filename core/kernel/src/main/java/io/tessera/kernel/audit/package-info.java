/**
 * The audit trail: every insert, update and delete of a tenant-owned entity is recorded — who,
 * when, which tenant, entity type and id, action, and the changed fields before and after — in the
 * same transaction as the change, so a rolled-back change leaves no trace. Actions that are not entity
 * changes — a purge, an export, a module's JDBC-written records — go through {@link
 * io.tessera.kernel.audit.AuditLogService}, which modules see as the SDK's {@code AuditLog}. The application
 * role may only append to it.
 */
package io.tessera.kernel.audit;
