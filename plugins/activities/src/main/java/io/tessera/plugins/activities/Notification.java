package io.tessera.plugins.activities;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An in-app notification for one user: an activity's reminder fell due. */
@Entity
@Table(name = "activity_notifications")
class Notification extends TenantScopedEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private UUID activityId;

    @Column(nullable = false, length = 400, updatable = false)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(UUID userId, UUID activityId, String message) {
        this.userId = userId;
        this.activityId = activityId;
        this.message = message;
    }

    void markRead() {
        if (readAt == null) {
            readAt = Instant.now();
        }
    }

    UUID getUserId() {
        return userId;
    }

    UUID getActivityId() {
        return activityId;
    }

    String getMessage() {
        return message;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }
}
