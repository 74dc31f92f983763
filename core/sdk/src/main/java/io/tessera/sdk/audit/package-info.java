/**
 * The audit trail for modules: {@link io.tessera.sdk.audit.AuditLog} records actions a module writes without JPA,
 * in the caller's transaction.
 */
package io.tessera.sdk.audit;
