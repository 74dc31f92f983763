package io.tessera.kernel.audit;

import java.time.Instant;
import java.util.UUID;

/** One audit row waiting to be written with its transaction. */
record AuditEntry(UUID tenantId, UUID id, Instant occurredAt, UUID userId, String entityType, String entityId,
                  String action, String changes) {
}
