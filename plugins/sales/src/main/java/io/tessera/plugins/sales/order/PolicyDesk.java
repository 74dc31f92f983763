package io.tessera.plugins.sales.order;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Products' invoicing policies for the views: the products whose policy was set (a page, by product), and setting one
 * as {@code PUT /products/{id}/invoice-policy} does, each in its transaction.
 */
public class PolicyDesk {

    private final TenantJdbc db;
    private final InvoicePolicies policies;
    private final Orders orders;

    PolicyDesk(TenantJdbc db, InvoicePolicies policies, Orders orders) {
        this.db = db;
        this.policies = policies;
        this.orders = orders;
    }

    /**
     * A product's policy.
     *
     * @param productId the product
     * @param sku       its SKU
     * @param name      its name
     * @param policy    {@code ORDERED} or {@code DELIVERED}
     */
    public record Policy(UUID productId, String sku, String name, String policy) {
    }

    /**
     * The products whose policy was set, by SKU (at most {@code limit}).
     *
     * @param limit at most this many, 1 to 500
     * @return the policies
     */
    @RequiresPermission("sales.read")
    public List<Policy> set(int limit) {
        return db.tx().read(() -> {
            Map<UUID, String> set = new java.util.LinkedHashMap<>();
            db.sql().sql("select product_id, invoice_policy from sal_product_policies where tenant_id = ? order by product_id "
                            + "limit ?")
                    .params(db.tenant(), Math.max(1, Math.min(500, limit)))
                    .query((rs, n) -> set.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
            Map<UUID, ProductInfo> products = set.isEmpty() ? Map.of() : orders.products().findAll(set.keySet());
            List<Policy> result = new ArrayList<>();
            set.forEach((id, policy) -> {
                ProductInfo p = products.get(id);
                if (p != null) {
                    result.add(new Policy(id, p.sku(), p.name(), policy));
                }
            });
            result.sort(java.util.Comparator.comparing(Policy::sku));
            return result;
        });
    }

    /**
     * Sets a product's policy for orders confirmed from now on (422 naming {@code productId} or {@code policy}).
     *
     * @param productId the product
     * @param policy    {@code ORDERED} or {@code DELIVERED}, any case
     */
    @RequiresPermission("sales.manage")
    public void set(UUID productId, String policy) {
        io.tessera.plugins.sales.common.Problems problems = new io.tessera.plugins.sales.common.Problems();
        if (productId == null) {
            problems.add("productId", "is required");
        }
        String upper = policy == null ? "" : policy.toUpperCase(Locale.ROOT);
        if (!InvoicePolicies.values().contains(upper)) {
            problems.add("policy", "must be ordered or delivered");
        }
        problems.throwIfAny();
        db.tx().write(() -> {
            if (orders.products().find(productId).isEmpty()) {
                throw ApiProblem.notFound("Product", productId);
            }
            policies.set(productId, upper);
        });
    }
}
