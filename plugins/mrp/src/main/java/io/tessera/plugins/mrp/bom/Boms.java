package io.tessera.plugins.mrp.bom;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.plugins.mrp.common.Numbers;
import io.tessera.plugins.mrp.routing.Routings;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bills of materials of the current tenant. Saving one locks the tenant's MRP state (so two saves cannot close a
 * cycle between them), refuses a cycle with a 422 naming the component, and rewrites the low-level codes that
 * changed, in the same transaction.
 */
public class Boms {

    private static final int MAX_PAGE = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TenantJdbc db;
    private final Catalog catalog;
    private final Routings routings;

    Boms(TenantJdbc db, Catalog catalog, Routings routings) {
        this.db = db;
        this.catalog = catalog;
        this.routings = routings;
    }

    /**
     * Creates a BOM.
     *
     * @param request the BOM
     * @return it, created
     */
    @RequiresPermission("mrp.manage")
    public Bom create(BomRequest request) {
        return db.tx().write(() -> {
            List<BomRequest.Line> components = request.components() == null ? List.of() : request.components();
            List<BomRequest.Line> byProducts = request.byProducts() == null ? List.of() : request.byProducts();
            Set<UUID> ids = Stream.concat(Stream.of(request.productId()),
                            Stream.concat(components.stream(), byProducts.stream()).map(BomRequest.Line::productId))
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            Map<UUID, ProductInfo> products = catalog.products(ids);
            FieldErrors problems = new FieldErrors();
            ProductInfo product = product(problems, "productId", request.productId(), products);
            BigDecimal quantity = null;
            if (request.quantity() == null || request.quantity().signum() <= 0) {
                problems.add("quantity", "must be positive");
            } else if (product != null) {
                quantity = catalog.toBase(problems, "uom", request.quantity(), request.uom(), product);
            }
            if (request.routingId() != null && routings.routings(List.of(request.routingId())).isEmpty()) {
                throw FieldErrors.notFound("routingId", "Routing", request.routingId());
            }
            if (components.isEmpty()) {
                problems.add("components", "must contain at least one component");
            }
            List<Object[]> lines = new ArrayList<>();
            UUID id = Ids.newId();
            lines(problems, "components", components, products, true, id, lines);
            lines(problems, "byProducts", byProducts, products, false, id, lines);
            problems.throwIfAny();

            lockTenant();
            BomGraph graph = graph();
            for (int i = 0; i < components.size(); i++) {
                List<UUID> cycle = graph.cycle(product.id(), components.get(i).productId());
                if (!cycle.isEmpty()) {
                    Map<UUID, ProductInfo> named = catalog.products(cycle);
                    String path = cycle.stream().map(p -> named.containsKey(p) ? named.get(p).sku() : p.toString())
                            .collect(Collectors.joining(" → "));
                    problems.add("components[" + i + "].productId", "would make a cycle: " + path + " is made of "
                            + named.get(product.id()).sku());
                }
            }
            problems.throwIfAny();

            boolean hasActive = db.sql().sql("select count(*) from mrp_boms where tenant_id = ? and active_product_id = ?")
                    .param(db.tenant()).param(product.id()).query(Integer.class).single() > 0;
            boolean active = request.active() != null ? request.active() : !hasActive;
            if (active && hasActive) {
                deactivate(product.id());
            }
            db.sql().sql("""
                    insert into mrp_boms (tenant_id, id, product_id, quantity, uom, routing_id, active, active_product_id,
                      created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .param(db.tenant()).param(id).param(product.id()).param(quantity).param(product.baseUom())
                    .param(request.routingId()).param(active).param(active ? product.id() : null)
                    .param(OffsetDateTime.now()).update();
            db.jdbc().batchUpdate("""
                    insert into mrp_bom_lines (tenant_id, bom_id, line_no, kind, product_id, quantity, uom, scrap_pct)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", lines);
            components.forEach(c -> graph.add(product.id(), c.productId()));
            writeCodes(graph.lowLevelCodes());
            return load(List.of(id)).get(id);
        });
    }

    /**
     * Makes a BOM its product's active one.
     *
     * @param id the BOM
     * @return it, active
     * @throws ApiProblem 404 when the tenant has none with that id
     */
    @RequiresPermission("mrp.manage")
    public Bom activate(UUID id) {
        return db.tx().write(() -> {
            Bom bom = Optional.ofNullable(load(List.of(id)).get(id)).orElseThrow(() -> ApiProblem.notFound("BOM", id));
            if (!bom.active()) {
                deactivate(bom.productId());
                db.sql().sql("update mrp_boms set active = true, active_product_id = product_id where tenant_id = ? and id = ?")
                        .param(db.tenant()).param(id).update();
            }
            return load(List.of(id)).get(id);
        });
    }

    /**
     * One BOM.
     *
     * @param id the BOM
     * @return it
     * @throws ApiProblem 404 when the tenant has none with that id
     */
    public Bom find(UUID id) {
        return db.tx().read(() -> Optional.ofNullable(load(List.of(id)).get(id))
                .orElseThrow(() -> ApiProblem.notFound("BOM", id)));
    }

    /**
     * BOMs by id, a page at a time (keyset).
     *
     * @param productId only this product's, or {@code null}
     * @param after     the last id of the previous page, or {@code null}
     * @param size      the page size (at most 500)
     * @return the BOMs
     */
    public List<Bom> list(UUID productId, UUID after, int size) {
        return db.tx().read(() -> {
            List<UUID> ids = db.sql().sql("""
                    select id from mrp_boms where tenant_id = ? and (cast(? as uuid) is null or product_id = ?)
                      and (cast(? as uuid) is null or id > ?) order by id fetch first %d rows only"""
                            .formatted(Math.clamp(size, 1, MAX_PAGE)))
                    .param(db.tenant()).param(productId).param(productId).param(after).param(after)
                    .query(UUID.class).list();
            Map<UUID, Bom> boms = load(ids);
            return ids.stream().map(boms::get).toList();
        });
    }

    /**
     * The active BOMs of products, in one query; joins the caller's transaction.
     *
     * @param productIds the products
     * @return the active BOM by product, for those that have one
     */
    public Map<UUID, Bom> active(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = db.sql().sql("select id from mrp_boms where tenant_id = ? and active_product_id = any(?)")
                .param(db.tenant()).param(db.uuids(productIds)).query(UUID.class).list();
        Map<UUID, Bom> result = new HashMap<>();
        load(ids).values().forEach(b -> result.put(b.productId(), b));
        return result;
    }

    /**
     * BOMs by id with their lines and low-level codes, in one query; joins the caller's transaction.
     *
     * @param ids BOM ids
     * @return those of the current tenant, by id
     */
    public Map<UUID, Bom> load(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        record Head(UUID id, UUID productId, BigDecimal quantity, String uom, boolean active, UUID routingId, int code) {
        }
        Map<UUID, Head> heads = new LinkedHashMap<>();
        Map<UUID, List<Bom.BomLine>> components = new HashMap<>();
        Map<UUID, List<Bom.BomLine>> byProducts = new HashMap<>();
        db.sql().sql("""
                select b.id, b.product_id, b.quantity, b.uom, b.active, b.routing_id, coalesce(pl.low_level_code, 0) as code,
                  l.line_no, l.kind, l.product_id as line_product, l.quantity as line_qty, l.uom as line_uom, l.scrap_pct,
                  coalesce(ll.low_level_code, 0) as line_code
                from mrp_boms b
                left join mrp_product_levels pl on pl.tenant_id = b.tenant_id and pl.product_id = b.product_id
                join mrp_bom_lines l on l.tenant_id = b.tenant_id and l.bom_id = b.id
                left join mrp_product_levels ll on ll.tenant_id = l.tenant_id and ll.product_id = l.product_id
                where b.tenant_id = ? and b.id = any(?) order by b.id, l.line_no""")
                .param(db.tenant()).param(db.uuids(ids)).query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    heads.computeIfAbsent(id, k -> {
                        try {
                            return new Head(id, rs.getObject("product_id", UUID.class), rs.getBigDecimal("quantity"),
                                    rs.getString("uom"), rs.getBoolean("active"), rs.getObject("routing_id", UUID.class),
                                    rs.getInt("code"));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    Bom.BomLine line = new Bom.BomLine(rs.getInt("line_no"), rs.getObject("line_product", UUID.class),
                            Numbers.plain(rs.getBigDecimal("line_qty")), rs.getString("line_uom"),
                            Numbers.plain(rs.getBigDecimal("scrap_pct")), rs.getInt("line_code"));
                    ("COMPONENT".equals(rs.getString("kind")) ? components : byProducts)
                            .computeIfAbsent(id, k -> new ArrayList<>()).add(line);
                });
        Map<UUID, Bom> result = new LinkedHashMap<>();
        heads.forEach((id, h) -> result.put(id, new Bom(id, h.productId(), Numbers.plain(h.quantity()), h.uom(),
                h.active(), h.routingId(), h.code(), List.copyOf(components.getOrDefault(id, List.of())),
                List.copyOf(byProducts.getOrDefault(id, List.of())))));
        return result;
    }

    /**
     * The low-level codes of products, in one query; joins the caller's transaction.
     *
     * @param productIds the products
     * @return codes by product (0 for a product no BOM names)
     */
    public Map<UUID, Integer> lowLevelCodes(Collection<UUID> productIds) {
        Map<UUID, Integer> result = new HashMap<>();
        productIds.forEach(p -> result.put(p, 0));
        if (!productIds.isEmpty()) {
            db.sql().sql("select product_id, low_level_code from mrp_product_levels where tenant_id = ? and product_id = any(?)")
                    .param(db.tenant()).param(db.uuids(productIds))
                    .query((ResultSet rs) -> {
                        result.put(rs.getObject(1, UUID.class), rs.getInt(2));
                    });
        }
        return result;
    }

    private void lines(FieldErrors problems, String field, List<BomRequest.Line> lines, Map<UUID, ProductInfo> products,
                       boolean component, UUID bomId, List<Object[]> rows) {
        Set<UUID> seen = new HashSet<>();
        int offset = component ? 0 : 10_000;
        for (int i = 0; i < lines.size(); i++) {
            BomRequest.Line line = lines.get(i);
            String f = field + "[" + i + "].";
            ProductInfo p = product(problems, f + "productId", line.productId(), products);
            if (p != null && !seen.add(p.id())) {
                problems.add(f + "productId", "is listed twice");
            }
            BigDecimal base = null;
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                problems.add(f + "quantity", "must be positive");
            } else if (p != null) {
                base = catalog.toBase(problems, f + "uom", line.quantity(), line.uom(), p);
            }
            BigDecimal scrap = line.scrap() == null ? BigDecimal.ZERO : line.scrap();
            if (!component && scrap.signum() != 0) {
                problems.add(f + "scrap", "applies to components only");
            } else if (scrap.signum() < 0 || scrap.compareTo(HUNDRED) >= 0) {
                problems.add(f + "scrap", "must be at least 0 and less than 100 (percent)");
            }
            if (p != null && base != null) {
                rows.add(new Object[] {db.tenant(), bomId, offset + i + 1, component ? "COMPONENT" : "BYPRODUCT", p.id(),
                        base, p.baseUom(), scrap});
            }
        }
    }

    private static ProductInfo product(FieldErrors problems, String field, UUID id, Map<UUID, ProductInfo> products) {
        if (id == null) {
            problems.add(field, "is required");
            return null;
        }
        ProductInfo p = products.get(id);
        if (p == null) {
            throw FieldErrors.notFound(field, "Product", id);
        }
        if (p.type() == ProductType.SERVICE) {
            problems.add(field, "is a service, which is not made or consumed");
        }
        return p;
    }

    private void deactivate(UUID productId) {
        db.sql().sql("update mrp_boms set active = false, active_product_id = null where tenant_id = ? and active_product_id = ?")
                .param(db.tenant()).param(productId).update();
    }

    /** The tenant's whole product structure: one query over every BOM's components. */
    private BomGraph graph() {
        BomGraph graph = new BomGraph();
        db.sql().sql("""
                select b.product_id, l.product_id from mrp_boms b
                join mrp_bom_lines l on l.tenant_id = b.tenant_id and l.bom_id = b.id and l.kind = 'COMPONENT'
                where b.tenant_id = ?""").param(db.tenant())
                .query((ResultSet rs) -> {
                    graph.add(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return graph;
    }

    /** Writes the codes that differ from the stored ones (batch update and batch insert). */
    private void writeCodes(Map<UUID, Integer> codes) {
        Map<UUID, Integer> stored = new HashMap<>();
        db.sql().sql("select product_id, low_level_code from mrp_product_levels where tenant_id = ?").param(db.tenant())
                .query((ResultSet rs) -> {
                    stored.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        codes.forEach((product, code) -> {
            Integer was = stored.get(product);
            if (was == null) {
                inserts.add(new Object[] {db.tenant(), product, code});
            } else if (was != code.intValue()) {
                updates.add(new Object[] {code, db.tenant(), product});
            }
        });
        if (!updates.isEmpty()) {
            db.jdbc().batchUpdate("update mrp_product_levels set low_level_code = ? where tenant_id = ? and product_id = ?",
                    updates);
        }
        if (!inserts.isEmpty()) {
            db.jdbc().batchUpdate("insert into mrp_product_levels (tenant_id, product_id, low_level_code) values (?, ?, ?)",
                    inserts);
        }
    }

    /**
     * Locks the tenant's MRP state row for the rest of the transaction: BOM changes (cycle check and low-level codes)
     * are serialized per tenant by it. Creates the row when the module's installer has not yet.
     */
    private void lockTenant() {
        UUID tenant = db.tenant();
        int found = db.sql().sql("select count(*) from mrp_tenant_state where tenant_id = ?").param(tenant)
                .query(Integer.class).single();
        if (found == 0) {
            db.sql().sql("insert into mrp_tenant_state (tenant_id) values (?) on conflict do nothing").param(tenant).update();
        }
        db.sql().sql("select tenant_id from mrp_tenant_state where tenant_id = ? for update").param(tenant)
                .query(UUID.class).single();
    }
}
