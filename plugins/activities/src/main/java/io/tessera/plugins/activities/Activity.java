package io.tessera.plugins.activities;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A call, meeting, email, note or task with a party, optionally about one record of a module (module id +
 * record id). {@code occurredAt} orders the party's history: the due time when there is one, else creation.
 * Updates write only the changed columns, so a user's change never writes back a stale {@code reminded_at}
 * that the reminder task set meanwhile (it sets it in bulk, without bumping the version).
 */
@Entity
@DynamicUpdate
@Table(name = "activities")
class Activity extends TenantScopedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivityType type;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(length = 4000)
    private String body;

    @Column(name = "party_id", nullable = false)
    private UUID partyId;

    @Column(name = "module_id", length = 64)
    private String moduleId;

    @Column(name = "record_id")
    private UUID recordId;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "remind_at")
    private Instant remindAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = createdAt;

    protected Activity() {
    }

    Activity(ActivityType type) {
        this.type = type;
    }

    void describe(String subject, String body, UUID partyId, String moduleId, UUID recordId, UUID ownerId,
                  Instant dueAt, Instant remindAt) {
        this.subject = subject;
        this.body = body;
        this.partyId = partyId;
        this.moduleId = moduleId;
        this.recordId = recordId;
        this.ownerId = ownerId;
        if (remindAt == null || !remindAt.equals(this.remindAt)) {
            this.remindedAt = null;
        }
        this.dueAt = dueAt;
        this.remindAt = remindAt;
        this.occurredAt = dueAt != null ? dueAt : createdAt;
        this.updatedAt = Instant.now();
    }

    void markDone(boolean isDone) {
        this.done = isDone;
        this.doneAt = isDone ? Instant.now() : null;
        this.updatedAt = Instant.now();
    }

    ActivityType getType() {
        return type;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    UUID getPartyId() {
        return partyId;
    }

    String getModuleId() {
        return moduleId;
    }

    UUID getRecordId() {
        return recordId;
    }

    UUID getOwnerId() {
        return ownerId;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getRemindAt() {
        return remindAt;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    boolean isDone() {
        return done;
    }

    Instant getDoneAt() {
        return doneAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
