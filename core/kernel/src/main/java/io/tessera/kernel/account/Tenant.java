package io.tessera.kernel.account;

import io.tessera.sdk.TenantRef;
import io.tessera.sdk.persistence.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A customer organisation. Platform-level: not itself tenant-owned. */
@Entity
@Table(name = "tenants")
public class Tenant {

    @Id
    private UUID id = Ids.newId();

    @Column(nullable = false, unique = true, length = 63)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantStatus status = TenantStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "base_currency", nullable = false, length = 3)
    private String baseCurrency = "EUR";

    @Column(nullable = false, length = 35)
    private String locale = "en";

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone = "UTC";

    @Version
    private Long version;

    protected Tenant() {
    }

    Tenant(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The base currency, an ISO 4217 code such as {@code EUR}. */
    public String getBaseCurrency() {
        return baseCurrency;
    }

    /** The locale, a BCP 47 tag such as {@code de-AT}. */
    public String getLocale() {
        return locale;
    }

    /** The time zone, an IANA id such as {@code Europe/Berlin}. */
    public String getTimeZone() {
        return timeZone;
    }

    void applySettings(String name, String baseCurrency, String locale, String timeZone) {
        this.name = name;
        this.baseCurrency = baseCurrency;
        this.locale = locale;
        this.timeZone = timeZone;
    }

    void setStatus(TenantStatus status) {
        this.status = status;
    }

    public TenantRef ref() {
        return new TenantRef(id, slug);
    }
}
