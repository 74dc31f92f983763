package io.tessera.plugins.purchasing.order;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.purchasing.common.PurchasingPermissions;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The bill policy per product: {@code RECEIVED} (bill up to what arrived; the default for goods) or {@code ORDERED}
 * (bill up to what was ordered; the default for services). A line copies its product's policy when it is created.
 */
public class BillPolicies {

    private final TenantJdbc db;
    private final ModuleServices services;

    BillPolicies(TenantJdbc db, ModuleServices services) {
        this.db = db;
        this.services = services;
    }

    /**
     * The policy of each product, in one query.
     *
     * @param products the products
     * @return product id → {@code ORDERED} or {@code RECEIVED}
     */
    Map<UUID, String> policies(Collection<ProductInfo> products) {
        Map<UUID, String> result = new HashMap<>();
        for (ProductInfo p : products) {
            result.put(p.id(), p.type() == ProductType.SERVICE ? "ORDERED" : "RECEIVED");
        }
        if (!products.isEmpty()) {
            Object[] ids = products.stream().map(ProductInfo::id).toArray();
            db.sql().sql("select product_id, bill_policy from pur_product_policies where tenant_id = ? and product_id = any(?)")
                    .param(db.tenant()).param(db.jdbc().execute((java.sql.Connection c) -> c.createArrayOf("uuid", ids)))
                    .query((rs, n) -> result.put(rs.getObject("product_id", UUID.class), rs.getString("bill_policy"))).list();
        }
        return result;
    }

    /**
     * A product's policy.
     *
     * @param productId the product
     * @return {@code ORDERED} or {@code RECEIVED}
     */
    public String policy(UUID productId) {
        return db.tx().read(() -> policies(List.of(product(productId))).get(productId));
    }

    /**
     * Sets a product's policy for lines created from now on.
     *
     * @param productId the product
     * @param policy    {@code ordered} or {@code received} (any case)
     * @return the policy stored
     */
    @RequiresPermission(PurchasingPermissions.MANAGE)
    public String change(UUID productId, String policy) {
        String p = policy == null ? "" : policy.strip().toUpperCase(Locale.ROOT);
        if (!p.equals("ORDERED") && !p.equals("RECEIVED")) {
            throw ApiProblem.invalid("policy", "must be ordered or received");
        }
        return db.tx().write(() -> {
            product(productId);
            int changed = db.sql().sql("update pur_product_policies set bill_policy = ? where tenant_id = ? and product_id = ?")
                    .param(p).param(db.tenant()).param(productId).update();
            if (changed == 0) {
                db.sql().sql("insert into pur_product_policies (tenant_id, product_id, bill_policy) values (?, ?, ?)")
                        .param(db.tenant()).param(productId).param(p).update();
            }
            return p;
        });
    }

    private ProductInfo product(UUID productId) {
        return services.find(Products.class).orElseThrow().find(productId)
                .orElseThrow(() -> FieldErrors.notFound("productId", "Product", productId));
    }
}
