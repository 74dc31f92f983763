package io.tessera.plugins.sales.common;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;

/** The tenant's sales settings: what to do when a deal is won without a quotation ({@code NOTHING} by default). */
public class SalesSettings {

    /** Do nothing when a deal is won without a quotation. */
    public static final String NOTHING = "NOTHING";
    /** Create a draft quotation for the deal's customer, currency and amount. */
    public static final String CREATE_DRAFT_QUOTATION = "CREATE_DRAFT_QUOTATION";

    private final TenantJdbc db;

    SalesSettings(TenantJdbc db) {
        this.db = db;
    }

    /**
     * What happens when a deal is won without a quotation.
     *
     * @return {@link #NOTHING} or {@link #CREATE_DRAFT_QUOTATION}
     */
    public String wonWithoutQuotation() {
        return db.sql().sql("select won_without_quotation from sal_settings where tenant_id = ?").params(db.tenant())
                .query(String.class).optional().orElse(NOTHING);
    }

    /**
     * Sets what happens when a deal is won without a quotation.
     *
     * @param value {@link #NOTHING} or {@link #CREATE_DRAFT_QUOTATION}
     */
    @RequiresPermission("sales.manage")
    public void setWonWithoutQuotation(String value) {
        int updated = db.sql().sql("update sal_settings set won_without_quotation = ? where tenant_id = ?")
                .params(value, db.tenant()).update();
        if (updated == 0) {
            db.sql().sql("insert into sal_settings (tenant_id, won_without_quotation) values (?, ?)")
                    .params(db.tenant(), value).update();
        }
    }
}
