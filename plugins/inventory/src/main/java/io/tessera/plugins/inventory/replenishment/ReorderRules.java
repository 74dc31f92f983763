package io.tessera.plugins.inventory.replenishment;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.warehouse.Warehouse;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reorder rules of the current tenant: created, changed and deleted with every bad field named in one 422, another
 * tenant's product or warehouse a 404, a second rule for the same product and warehouse a 409 naming the first.
 */
public class ReorderRules {

    private static final int MAX_PAGE = 500;

    private final TenantJdbc db;
    private final Catalog catalog;
    private final Warehouses warehouses;

    ReorderRules(TenantJdbc db, Catalog catalog, Warehouses warehouses) {
        this.db = db;
        this.catalog = catalog;
        this.warehouses = warehouses;
    }

    /**
     * Rules, by id, a page at a time (keyset).
     *
     * @param warehouseId only this warehouse's rules, or null
     * @param after       the last id of the previous page, or null
     * @param size        the page size (at most 500)
     * @return the rules
     */
    public List<ReorderRule> list(UUID warehouseId, UUID after, int size) {
        int limit = Math.clamp(size, 1, MAX_PAGE);
        return db.tx().read(() -> db.sql().sql("""
                select id, product_id, warehouse_id, min_qty, max_qty, multiple_qty, lead_time_days
                from inv_reorder_rules
                where tenant_id = ? and (cast(? as uuid) is null or warehouse_id = ?) and (cast(? as uuid) is null or id > ?)
                order by id fetch first %d rows only""".formatted(limit))
                .param(db.tenant()).param(warehouseId).param(warehouseId).param(after).param(after)
                .query(ReorderRules::rule).list());
    }

    /**
     * One rule.
     *
     * @param id the rule
     * @return the rule
     * @throws ApiProblem 404 when the tenant has none with that id
     */
    public ReorderRule find(UUID id) {
        return db.tx().read(() -> load(id).orElseThrow(() -> ApiProblem.notFound("Reorder rule", id)));
    }

    /**
     * Creates a rule.
     *
     * @param request the rule
     * @return the rule created
     */
    @RequiresPermission("inventory.manage")
    public ReorderRule create(RuleRequest request) {
        return db.tx().write(() -> {
            ReorderRule rule = validated(Ids.newId(), request);
            refuseDuplicate(rule);
            db.sql().sql("""
                    insert into inv_reorder_rules (tenant_id, id, product_id, warehouse_id, min_qty, max_qty, multiple_qty,
                      lead_time_days, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .param(db.tenant()).param(rule.id()).param(rule.productId()).param(rule.warehouseId())
                    .param(rule.min()).param(rule.max()).param(rule.multiple()).param(rule.leadTimeDays())
                    .param(OffsetDateTime.now()).update();
            return rule;
        });
    }

    /**
     * Replaces a rule's product, warehouse and quantities.
     *
     * @param id      the rule
     * @param request the new values
     * @return the rule changed
     */
    @RequiresPermission("inventory.manage")
    public ReorderRule update(UUID id, RuleRequest request) {
        return db.tx().write(() -> {
            load(id).orElseThrow(() -> ApiProblem.notFound("Reorder rule", id));
            ReorderRule rule = validated(id, request);
            refuseDuplicate(rule);
            db.sql().sql("""
                    update inv_reorder_rules set product_id = ?, warehouse_id = ?, min_qty = ?, max_qty = ?,
                      multiple_qty = ?, lead_time_days = ? where tenant_id = ? and id = ?""")
                    .param(rule.productId()).param(rule.warehouseId()).param(rule.min()).param(rule.max())
                    .param(rule.multiple()).param(rule.leadTimeDays()).param(db.tenant()).param(id).update();
            return rule;
        });
    }

    /**
     * Deletes a rule.
     *
     * @param id the rule
     * @throws ApiProblem 404 when the tenant has none with that id
     */
    @RequiresPermission("inventory.manage")
    public void delete(UUID id) {
        db.tx().write(() -> {
            int deleted = db.sql().sql("delete from inv_reorder_rules where tenant_id = ? and id = ?")
                    .param(db.tenant()).param(id).update();
            if (deleted == 0) {
                throw ApiProblem.notFound("Reorder rule", id);
            }
        });
    }

    private ReorderRule validated(UUID id, RuleRequest request) {
        FieldErrors problems = new FieldErrors();
        ProductInfo product = null;
        if (request.productId() == null) {
            problems.add("productId", "is required");
        } else {
            product = catalog.products(List.of(request.productId())).get(request.productId());
            if (product == null) {
                throw FieldErrors.notFound("productId", "Product", request.productId());
            }
            if (!Catalog.stocked(product)) {
                problems.add("productId", "is not a storable product");
            }
        }
        Warehouse warehouse = request.warehouseId() == null ? warehouses.defaultWarehouse()
                : warehouses.find(request.warehouseId())
                .orElseThrow(() -> FieldErrors.notFound("warehouseId", "Warehouse", request.warehouseId()));
        if (request.min() == null) {
            problems.add("min", "is required");
        } else if (request.min().signum() < 0) {
            problems.add("min", "must not be negative");
        }
        if (request.max() == null) {
            problems.add("max", "is required");
        } else if (request.min() != null && request.max().compareTo(request.min()) < 0) {
            problems.add("max", "must not be less than min (" + request.min().toPlainString() + ")");
        }
        BigDecimal multiple = request.multiple() == null ? BigDecimal.ONE : request.multiple();
        if (multiple.signum() <= 0) {
            problems.add("multiple", "must be greater than 0");
        }
        int lead = request.leadTimeDays() == null ? 0 : request.leadTimeDays();
        if (lead < 0) {
            problems.add("leadTimeDays", "must not be negative");
        }
        problems.throwIfAny();
        return new ReorderRule(id, product.id(), warehouse.id(), request.min(), request.max(), multiple, lead);
    }

    private void refuseDuplicate(ReorderRule rule) {
        db.sql().sql("""
                select id from inv_reorder_rules where tenant_id = ? and warehouse_id = ? and product_id = ? and id <> ?""")
                .param(db.tenant()).param(rule.warehouseId()).param(rule.productId()).param(rule.id())
                .query(UUID.class).optional().ifPresent(other -> {
                    throw ApiProblem.conflict("The product has a reorder rule in this warehouse already: " + other);
                });
    }

    private Optional<ReorderRule> load(UUID id) {
        return db.sql().sql("""
                select id, product_id, warehouse_id, min_qty, max_qty, multiple_qty, lead_time_days
                from inv_reorder_rules where tenant_id = ? and id = ?""")
                .param(db.tenant()).param(id).query(ReorderRules::rule).optional();
    }

    private static ReorderRule rule(ResultSet rs, int n) throws SQLException {
        return new ReorderRule(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getInt(7));
    }
}
