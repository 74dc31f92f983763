package io.tessera.plugins.accounting.dunning;

import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The tenant's reminder levels. Call inside a transaction. */
class DunningLevels {

    private final TenantJdbc db;

    DunningLevels(TenantJdbc db) {
        this.db = db;
    }

    List<DunningLevel> all() {
        return db.sql().sql("select id, level, days_overdue, name, subject, body, fee from acc_dunning_levels where tenant_id = ? "
                        + "order by level")
                .params(db.tenant())
                .query((rs, n) -> new DunningLevel(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBigDecimal(7) == null ? null : rs.getBigDecimal(7).stripTrailingZeros()))
                .list();
    }

    /** Adds or replaces the level with the body's number; every invalid field is named, an out-of-order threshold is 409. */
    DunningLevel save(DunningLevel body) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (body.level() == null || body.level() < 1 || body.level() > 9) {
            errors.add(new ApiProblem.FieldError("level", "must be 1 to 9"));
        }
        if (body.daysOverdue() == null || body.daysOverdue() < 1 || body.daysOverdue() > 3650) {
            errors.add(new ApiProblem.FieldError("daysOverdue", "must be 1 to 3650"));
        }
        text(body.name(), "name", 100, errors);
        text(body.subject(), "subject", 300, errors);
        text(body.body(), "body", 4000, errors);
        BigDecimal fee = body.fee();
        if (fee != null && (fee.signum() < 0 || fee.stripTrailingZeros().scale() > 4 || fee.precision() - fee.scale() > 15)) {
            errors.add(new ApiProblem.FieldError("fee", "must be a non-negative amount with at most 4 decimals"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The dunning level is invalid", errors);
        }
        db.sql().sql("select id from acc_settings where tenant_id = ? for update").params(db.tenant()).query(UUID.class).list();
        for (DunningLevel other : all()) {
            int cmp = Integer.compare(other.level(), body.level());
            if (cmp < 0 && other.daysOverdue() >= body.daysOverdue() || cmp > 0 && other.daysOverdue() <= body.daysOverdue()) {
                throw ApiProblem.conflict("Level " + other.level() + " starts at " + other.daysOverdue() + " days overdue: a higher "
                        + "level must start later than every lower one");
            }
        }
        int updated = db.sql().sql("update acc_dunning_levels set days_overdue = ?, name = ?, subject = ?, body = ?, fee = ? "
                        + "where tenant_id = ? and level = ?")
                .params(body.daysOverdue(), body.name().strip(), body.subject().strip(), body.body().strip(), fee, db.tenant(),
                        body.level())
                .update();
        if (updated == 0) {
            db.sql().sql("insert into acc_dunning_levels (tenant_id, id, level, days_overdue, name, subject, body, fee) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(db.tenant(), Ids.newId(), body.level(), body.daysOverdue(), body.name().strip(), body.subject().strip(),
                            body.body().strip(), fee)
                    .update();
        }
        return all().stream().filter(l -> l.level().equals(body.level())).findFirst().orElseThrow();
    }

    /** Removes a level that no reminder used yet (409 otherwise). */
    void delete(int level) {
        long used = db.sql().sql("select count(*) from acc_dunning_proposals where tenant_id = ? and level = ? and state = 'SENT'")
                .params(db.tenant(), level).query(Long.class).single();
        if (used > 0) {
            throw ApiProblem.conflict("Level " + level + " was sent " + used + " time(s); change its text instead of deleting it");
        }
        db.sql().sql("delete from acc_dunning_proposals where tenant_id = ? and level = ? and state <> 'SENT'")
                .params(db.tenant(), level).update();
        if (db.sql().sql("delete from acc_dunning_levels where tenant_id = ? and level = ?").params(db.tenant(), level).update() == 0) {
            throw ApiProblem.notFound("Dunning level", level);
        }
    }

    private static void text(String value, String field, int max, List<ApiProblem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new ApiProblem.FieldError(field, "is required"));
        } else if (value.strip().length() > max) {
            errors.add(new ApiProblem.FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
