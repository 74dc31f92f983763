package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.SupplierInfo;
import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.common.Problems;
import io.tessera.plugins.catalog.uom.UnitService;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The suppliers of the current tenant's products. */
class SupplierService {

    private final EntityManager em;
    private final Transactions tx;
    private final Validator validator;
    private final ProductService products;
    private final UnitService units;
    private final Parties parties;

    SupplierService(EntityManager em, Transactions tx, Validator validator, ProductService products, UnitService units,
                    Parties parties) {
        this.em = em;
        this.tx = tx;
        this.validator = validator;
        this.products = products;
        this.units = units;
        this.parties = parties;
    }

    List<SupplierView> list(UUID productId) {
        return tx.read(() -> {
            products.find(productId);
            List<ProductSupplier> rows = rows(productId);
            Map<UUID, PartySummary> names = parties.findAll(rows.stream().map(s -> s.info().partyId())
                    .collect(Collectors.toSet()));
            return rows.stream().map(s -> SupplierView.of(s, name(names, s.info().partyId()))).toList();
        });
    }

    List<ProductSupplier> rows(UUID productId) {
        return em.createQuery("select s from ProductSupplier s where s.productId = :p order by s.sequence, s.price, s.id",
                ProductSupplier.class).setParameter("p", productId).getResultList();
    }

    /** The supplier rows of many products in one query, each product's preferred first. */
    List<ProductSupplier> rows(java.util.Collection<UUID> productIds) {
        return em.createQuery("select s from ProductSupplier s where s.productId in :p "
                        + "order by s.productId, s.sequence, s.price, s.id", ProductSupplier.class)
                .setParameter("p", productIds).getResultList();
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    SupplierView add(UUID productId, SupplierRequest r) {
        return tx.write(() -> {
            Product product = products.find(productId);
            ProductSupplier supplier = new ProductSupplier(productId);
            return save(product, supplier, r);
        });
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    SupplierView update(UUID productId, UUID id, SupplierRequest r) {
        return tx.write(() -> save(products.find(productId), find(productId, id), r));
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    void delete(UUID productId, UUID id) {
        tx.write(() -> {
            products.find(productId);
            em.remove(find(productId, id));
        });
    }

    private SupplierView save(Product product, ProductSupplier supplier, SupplierRequest r) {
        Problems problems = Problems.of(validator, r);
        PartySummary party = r.partyId() == null ? null : parties.find(r.partyId()).orElse(null);
        if (r.partyId() != null && party == null) {
            problems.add("partyId", "refers to no party of this tenant");
        }
        String uom = r.uom() == null || r.uom().isBlank() ? product.getPurchaseUom() : r.uom().strip();
        Map<String, UnitInfo> found = units.findAll(List.of(uom, product.getBaseUom()));
        if (!problems.has("uom")) {
            UnitInfo unit = found.get(uom);
            if (unit == null) {
                problems.add("uom", "is not a unit of this tenant");
            } else if (!unit.category().equals(found.get(product.getBaseUom()).category())) {
                problems.add("uom", "must be of the product's unit category, "
                        + found.get(product.getBaseUom()).category());
            }
        }
        problems.throwIfAny();
        supplier.describe(new SupplierInfo(r.partyId(), blankToNull(r.supplierSku()), r.price(), r.currency(), uom,
                r.minimumQuantity() == null ? BigDecimal.ZERO : r.minimumQuantity(),
                r.orderMultiple() == null ? BigDecimal.ONE : r.orderMultiple(),
                r.leadTimeDays() == null ? 0 : r.leadTimeDays()), r.sequence() == null ? 10 : r.sequence());
        if (supplier.getVersion() == null) {
            em.persist(supplier);
        }
        em.flush();
        return SupplierView.of(supplier, party.name());
    }

    private ProductSupplier find(UUID productId, UUID id) {
        return em.createQuery("select s from ProductSupplier s where s.id = :id and s.productId = :p", ProductSupplier.class)
                .setParameter("id", id).setParameter("p", productId).getResultStream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Supplier information", id));
    }

    private static String name(Map<UUID, PartySummary> names, UUID partyId) {
        PartySummary party = names.get(partyId);
        return party == null ? null : party.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
