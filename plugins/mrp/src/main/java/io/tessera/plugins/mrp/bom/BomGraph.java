package io.tessera.plugins.mrp.bom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The product structure of a tenant: which products each product is made of, over all its BOMs. Finds the path that
 * a new BOM would close into a cycle, and computes low-level codes: 0 for a product no BOM uses, else one more than
 * the lowest level of any product it is a component of (the longest path from an end item), so that every
 * component's code is greater than the codes of all products it goes into.
 */
final class BomGraph {

    private final Map<UUID, Set<UUID>> components = new HashMap<>();

    /**
     * Adds an edge: the parent is made with the component.
     *
     * @param parent    the product a BOM makes
     * @param component a component of that BOM
     */
    void add(UUID parent, UUID component) {
        components.computeIfAbsent(parent, k -> new LinkedHashSet<>()).add(component);
        components.computeIfAbsent(component, k -> new LinkedHashSet<>());
    }

    /**
     * The path from a component back to the product, if making the product with it would close a cycle.
     *
     * @param product   the product of the BOM being saved
     * @param component one of its components
     * @return the products from the component to the product (both included), or empty when there is no cycle
     */
    List<UUID> cycle(UUID product, UUID component) {
        if (component.equals(product)) {
            return List.of(product, product);
        }
        Map<UUID, UUID> cameFrom = new HashMap<>();
        Deque<UUID> queue = new ArrayDeque<>();
        queue.add(component);
        cameFrom.put(component, component);
        while (!queue.isEmpty()) {
            UUID at = queue.poll();
            for (UUID next : components.getOrDefault(at, Set.of())) {
                if (cameFrom.putIfAbsent(next, at) != null) {
                    continue;
                }
                if (next.equals(product)) {
                    List<UUID> path = new ArrayList<>();
                    for (UUID p = next; !p.equals(component); p = cameFrom.get(p)) {
                        path.add(p);
                    }
                    path.add(component);
                    Collections.reverse(path);
                    return path;
                }
                queue.add(next);
            }
        }
        return List.of();
    }

    /**
     * The low-level code of every product in the structure (the graph must be acyclic).
     *
     * @return codes by product
     * @throws IllegalStateException when the structure has a cycle
     */
    Map<UUID, Integer> lowLevelCodes() {
        Map<UUID, Integer> parents = new HashMap<>();
        components.keySet().forEach(p -> parents.putIfAbsent(p, 0));
        components.values().forEach(cs -> cs.forEach(c -> parents.merge(c, 1, Integer::sum)));
        Deque<UUID> ready = new ArrayDeque<>();
        parents.forEach((p, n) -> {
            if (n == 0) {
                ready.add(p);
            }
        });
        Map<UUID, Integer> codes = new HashMap<>();
        parents.keySet().forEach(p -> codes.put(p, 0));
        Set<UUID> done = new HashSet<>();
        while (!ready.isEmpty()) {
            UUID p = ready.poll();
            done.add(p);
            int code = codes.get(p);
            for (UUID c : components.getOrDefault(p, Set.of())) {
                codes.merge(c, code + 1, Math::max);
                if (parents.merge(c, -1, Integer::sum) == 0) {
                    ready.add(c);
                }
            }
        }
        if (done.size() != parents.size()) {
            throw new IllegalStateException("The product structure has a cycle");
        }
        return codes;
    }
}
