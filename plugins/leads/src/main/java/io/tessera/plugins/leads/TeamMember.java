package io.tessera.plugins.leads;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A user in the tenant's lead team; new leads go round robin to the member assigned the fewest. */
@Entity
@Table(name = "lead_team_members")
class TeamMember extends TenantScopedEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false)
    private int position;

    @Column(name = "assigned_count", nullable = false)
    private long assignedCount;

    protected TeamMember() {
    }

    TeamMember(UUID userId, int position) {
        this.userId = userId;
        this.position = position;
    }

    void assigned() {
        assignedCount++;
    }

    void resetTo(long count) {
        assignedCount = count;
    }

    UUID getUserId() {
        return userId;
    }

    int getPosition() {
        return position;
    }

    long getAssignedCount() {
        return assignedCount;
    }
}
