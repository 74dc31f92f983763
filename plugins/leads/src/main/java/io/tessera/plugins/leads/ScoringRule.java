package io.tessera.plugins.leads;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * Points a lead earns: {@code field} rules when a field (email, phone, company, message) is filled in,
 * {@code source} rules when its source equals a value (ignoring case), {@code activity} rules per activity linked
 * to the lead (value {@code any} or an activity type), up to an optional cap. Points may be negative.
 */
@Entity
@Table(name = "lead_scoring_rules")
class ScoringRule extends TenantScopedEntity {

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "rule_value", nullable = false, length = 64)
    private String value;

    @Column(nullable = false)
    private int points;

    /** For {@code activity} rules: the most points the rule gives; {@code null} for no cap. */
    @Column(name = "cap")
    private Integer cap;

    protected ScoringRule() {
    }

    ScoringRule(String kind, String value, int points, Integer cap) {
        this.kind = kind;
        this.value = value;
        this.points = points;
        this.cap = cap;
    }

    String getKind() {
        return kind;
    }

    String getValue() {
        return value;
    }

    int getPoints() {
        return points;
    }

    Integer getCap() {
        return cap;
    }
}
