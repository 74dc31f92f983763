package io.tessera.plugins.mrp.ui;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.mrp.bom.Bom;
import io.tessera.plugins.mrp.bom.Boms;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.mrp.routing.Routing;
import io.tessera.plugins.mrp.routing.Routings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A product's multi-level bill of materials with the cost rolled up level by level: a bought part costs its standard
 * cost; a made one the sum of its components' costs per unit (scrap included) plus its routing's time × rate per unit.
 * Loaded level by level (one query for the BOMs of a level, one for routings, one for products), never per node.
 */
final class BomTree {

    /** Deepest level expanded; BOMs are acyclic, this only bounds a pathological structure. */
    private static final int MAX_LEVELS = 50;

    /**
     * One node of the tree.
     *
     * @param productId the product
     * @param perParent quantity per unit of the parent (the root: 1)
     * @param level     depth, the root 0
     * @param unitCost  rolled-up cost per unit, or {@code null} when a part below has no standard cost
     * @param operation routing cost per unit of this product (made products), else zero
     * @param made      whether it has an active BOM
     * @param children  its components
     */
    record Node(UUID productId, BigDecimal perParent, int level, BigDecimal unitCost, BigDecimal operation, boolean made,
                List<Node> children) {

        /** The node's cost per unit of its parent, or {@code null} when unknown. */
        BigDecimal extended() {
            return unitCost == null ? null : unitCost.multiply(perParent).setScale(4, RoundingMode.HALF_UP);
        }
    }

    private final Map<UUID, Bom> boms = new HashMap<>();
    private final Map<UUID, Routing> routings = new HashMap<>();
    private final Map<UUID, ProductInfo> products = new HashMap<>();

    private BomTree() {
    }

    /**
     * Loads a product's structure in the caller's transaction.
     *
     * @param product  the product at the top
     * @param boms     the BOMs
     * @param routings the routings
     * @param catalog  the products
     * @param db       database access
     * @return the root node
     */
    static Node load(UUID product, Boms boms, Routings routings, Catalog catalog, TenantJdbc db) {
        return db.tx().read(() -> {
            BomTree tree = new BomTree();
            Set<UUID> level = Set.of(product);
            Set<UUID> seen = new HashSet<>();
            for (int depth = 0; depth < MAX_LEVELS && !level.isEmpty(); depth++) {
                seen.addAll(level);
                tree.products.putAll(catalog.products(level));
                Map<UUID, Bom> found = boms.active(level);
                tree.boms.putAll(found);
                tree.routings.putAll(routings.routings(found.values().stream().map(Bom::routingId)
                        .filter(java.util.Objects::nonNull).filter(r -> !tree.routings.containsKey(r)).distinct().toList()));
                Set<UUID> next = new HashSet<>();
                found.values().forEach(b -> b.components().forEach(c -> {
                    if (!seen.contains(c.productId())) {
                        next.add(c.productId());
                    }
                }));
                level = next;
            }
            return tree.node(product, BigDecimal.ONE, 0);
        });
    }

    private Node node(UUID product, BigDecimal perParent, int level) {
        Bom bom = level < MAX_LEVELS ? boms.get(product) : null;
        if (bom == null) {
            ProductInfo info = products.get(product);
            return new Node(product, perParent, level, info == null ? null : info.standardCost(), BigDecimal.ZERO, false,
                    List.of());
        }
        List<Node> children = new ArrayList<>();
        BigDecimal material = BigDecimal.ZERO;
        boolean known = true;
        for (Bom.BomLine line : bom.components()) {
            Node child = node(line.productId(), line.requiredFor(BigDecimal.ONE, bom.quantity()), level + 1);
            children.add(child);
            if (child.extended() == null) {
                known = false;
            } else {
                material = material.add(child.extended());
            }
        }
        Routing routing = bom.routingId() == null ? null : routings.get(bom.routingId());
        BigDecimal operation = routing == null ? BigDecimal.ZERO
                : routing.cost(bom.quantity()).divide(bom.quantity(), 4, RoundingMode.HALF_UP);
        return new Node(product, perParent, level, known ? material.add(operation) : null, operation, true, children);
    }
}
