package io.tessera.plugins.purchasing.common;

import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.util.List;

/**
 * The tenant's purchasing settings: the price tolerance of the three-way match (percent of the ordered price) and
 * the purchase order number sequence. Seeded (idempotently) when the module is enabled.
 */
public class Settings implements TenantInstaller {

    /** The tolerance a new tenant starts with, in percent. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("2");

    private final TenantJdbc db;

    Settings(TenantJdbc db) {
        this.db = db;
    }

    @Override
    public void install(InstallContext context) {
        if (db.sql().sql("select count(*) from pur_settings where tenant_id = ?").param(db.tenant())
                .query(Long.class).single() == 0) {
            db.sql().sql("insert into pur_settings (tenant_id, price_tolerance_pct, next_number) values (?, ?, 0)")
                    .param(db.tenant()).param(DEFAULT_TOLERANCE).update();
        }
    }

    /**
     * The price tolerance in percent.
     *
     * @return the tolerance
     */
    public BigDecimal tolerance() {
        return db.tx().read(() -> db.sql().sql("select price_tolerance_pct from pur_settings where tenant_id = ?")
                .param(db.tenant()).query(BigDecimal.class).optional().orElse(DEFAULT_TOLERANCE));
    }

    /**
     * Changes the price tolerance.
     *
     * @param percent the tolerance in percent, 0 to 100
     * @return the tolerance stored
     * @throws ApiProblem 422 naming {@code priceTolerancePercent} when out of range
     */
    @RequiresPermission(PurchasingPermissions.MANAGE)
    public BigDecimal changeTolerance(BigDecimal percent) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(new BigDecimal("100")) > 0 || percent.scale() > 3) {
            throw new ApiProblem(422, "priceTolerancePercent must be between 0 and 100 with at most 3 decimals",
                    List.of(new ApiProblem.FieldError("priceTolerancePercent", "must be between 0 and 100 with at most 3 decimals")));
        }
        return db.tx().write(() -> {
            int changed = db.sql().sql("update pur_settings set price_tolerance_pct = ? where tenant_id = ?")
                    .param(percent).param(db.tenant()).update();
            if (changed == 0) {
                db.sql().sql("insert into pur_settings (tenant_id, price_tolerance_pct, next_number) values (?, ?, 0)")
                        .param(db.tenant()).param(percent).update();
            }
            return percent;
        });
    }

    /**
     * The next purchase order number, {@code PO-000001} and on: an atomic increment of the tenant's row (concurrent
     * orders wait for each other here, never share a number). Call inside a transaction.
     *
     * @return the number
     */
    public String nextNumber() {
        int changed = db.sql().sql("update pur_settings set next_number = next_number + 1 where tenant_id = ?")
                .param(db.tenant()).update();
        if (changed == 0) {
            throw new IllegalStateException("Purchasing settings are missing for the tenant: the module's installer did not run");
        }
        long n = db.sql().sql("select next_number from pur_settings where tenant_id = ?").param(db.tenant())
                .query(Long.class).single();
        return "PO-%06d".formatted(n);
    }
}
