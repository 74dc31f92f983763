package io.tessera.plugins.sales.order;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each product's invoicing policy: {@code ORDERED} (invoice what was ordered, e.g. services and prepaid goods) or
 * {@code DELIVERED} (invoice what was delivered). Kept by sales, keyed by product id (catalog has no such field); a
 * product without one is invoiced as delivered when it is goods, as ordered when it is a service.
 */
class InvoicePolicies {

    private final TenantJdbc db;

    InvoicePolicies(TenantJdbc db) {
        this.db = db;
    }

    /** The policy of each product, in one query. */
    Map<UUID, String> of(Collection<ProductInfo> products) {
        Map<UUID, String> result = new HashMap<>();
        if (products.isEmpty()) {
            return result;
        }
        db.sql().sql("select product_id, invoice_policy from sal_product_policies where tenant_id = :tenant and product_id in (:ids)")
                .param("tenant", db.tenant()).param("ids", products.stream().map(ProductInfo::id).toList())
                .query((rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        for (ProductInfo p : products) {
            result.putIfAbsent(p.id(), p.type() == ProductType.SERVICE ? "ORDERED" : "DELIVERED");
        }
        return result;
    }

    /** Sets a product's policy (for lines of orders confirmed from now on). */
    @RequiresPermission("sales.manage")
    void set(UUID productId, String policy) {
        int updated = db.sql().sql("update sal_product_policies set invoice_policy = ? where tenant_id = ? and product_id = ?")
                .params(policy, db.tenant(), productId).update();
        if (updated == 0) {
            db.sql().sql("insert into sal_product_policies (tenant_id, product_id, invoice_policy) values (?, ?, ?)")
                    .params(db.tenant(), productId, policy).update();
        }
    }

    static List<String> values() {
        return List.of("ORDERED", "DELIVERED");
    }
}
