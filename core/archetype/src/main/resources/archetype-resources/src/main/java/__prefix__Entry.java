package ${package};

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a tenant. The kernel fills and filters {@code tenant_id}; row-level security guards it too. */
@Entity
@Table(name = "${id}_entries")
class ${prefix}Entry extends TenantScopedEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected ${prefix}Entry() {
    }

    ${prefix}Entry(String title, String body) {
        change(title, body);
    }

    void change(String title, String body) {
        this.title = title;
        this.body = body;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
