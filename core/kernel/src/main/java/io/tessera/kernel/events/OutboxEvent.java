package io.tessera.kernel.events;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One event awaiting delivery to one listener. */
@Entity
@Table(name = "outbox_events")
class OutboxEvent extends TenantScopedEntity {

    @Column(name = "event_type", nullable = false, length = 300, updatable = false)
    private String eventType;

    @Column(nullable = false, length = 300, updatable = false)
    private String listener;

    // plain text, not @Lob: on PostgreSQL Hibernate would store a @Lob String as a large object (oid)
    @Column(nullable = false, updatable = false, length = 1_000_000)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "available_at", nullable = false)
    private Instant availableAt = createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    protected OutboxEvent() {
    }

    OutboxEvent(String eventType, String listener, String payload) {
        this.eventType = eventType;
        this.listener = listener;
        this.payload = payload;
    }

    String eventType() {
        return eventType;
    }

    String listener() {
        return listener;
    }

    String payload() {
        return payload;
    }

    int attempts() {
        return attempts;
    }

    String lastError() {
        return lastError;
    }

    void failed(String error, Duration retryAfter) {
        attempts++;
        lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
        availableAt = Instant.now().plus(retryAfter);
    }
}
