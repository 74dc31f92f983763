package io.tessera.plugins.inventory.valuation;

import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;

/** The value of all stock today, the sum of the valuation layers, for the dashboard. */
public class StockValue {

    private final TenantJdbc db;

    StockValue(TenantJdbc db) {
        this.db = db;
    }

    /**
     * The tenant's stock value: what the valuation layers add up to (in the base currency).
     *
     * @return the value, zero when nothing was ever valued
     */
    public BigDecimal total() {
        return db.tx().read(() -> db.sql().sql("select coalesce(sum(amount), 0) from inv_valuation_layers where tenant_id = ?")
                .param(db.tenant()).query(BigDecimal.class).single());
    }
}
