package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.catalog.api.SupplierInfo;
import io.tessera.sdk.persistence.Like;
import io.tessera.sdk.persistence.Transactions;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published {@link Products} lookup (D13): what inventory, sales, purchasing and MRP see of a product. Each
 * call is one query for the products plus one for their categories, however many ids it takes.
 */
public class ProductCatalog implements Products {

    private final EntityManager em;
    private final Transactions tx;
    private final CategoryService categories;
    private final SupplierService suppliers;

    ProductCatalog(EntityManager em, Transactions tx, CategoryService categories, SupplierService suppliers) {
        this.em = em;
        this.tx = tx;
        this.categories = categories;
        this.suppliers = suppliers;
    }

    @Override
    public Optional<ProductInfo> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    @Override
    public Map<UUID, ProductInfo> findAll(Collection<UUID> ids) {
        Set<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return tx.read(() -> infos(em.createQuery("select p from Product p where p.id in :ids", Product.class)
                .setParameter("ids", wanted).getResultList()).stream()
                .collect(Collectors.toMap(ProductInfo::id, Function.identity())));
    }

    @Override
    public Optional<ProductInfo> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return tx.read(() -> infos(em.createQuery("select p from Product p where p.sku = :code or p.barcode = :code",
                        Product.class).setParameter("code", code.strip()).getResultList()).stream()
                // a SKU wins over another product's equal barcode
                .min(java.util.Comparator.comparing(p -> p.sku().equals(code.strip()) ? 0 : 1)));
    }

    @Override
    public List<ProductInfo> search(String text, int offset, int limit) {
        boolean all = text == null || text.isBlank();
        return tx.read(() -> {
            var query = em.createQuery("select p from Product p where p.active = true" + (all ? "" : " and (lower(p.sku) like "
                    + ":text escape '\\' or lower(p.name) like :text escape '\\' or lower(p.barcode) like :text escape '\\')")
                    + " order by p.sku", Product.class);
            if (!all) {
                query.setParameter("text", Like.containing(text.strip()));
            }
            return infos(query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit)).getResultList());
        });
    }

    @Override
    public List<SupplierInfo> suppliers(UUID productId) {
        return tx.read(() -> suppliers.rows(productId).stream().map(ProductSupplier::info).toList());
    }

    @Override
    public Map<UUID, List<SupplierInfo>> suppliers(Collection<UUID> productIds) {
        Set<UUID> wanted = productIds.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return tx.read(() -> suppliers.rows(wanted).stream().collect(Collectors.groupingBy(ProductSupplier::getProductId,
                java.util.LinkedHashMap::new, Collectors.mapping(ProductSupplier::info, Collectors.toList()))));
    }

    private List<ProductInfo> infos(List<Product> products) {
        Map<UUID, ProductCategory> byId = categories.findAll(products.stream().map(Product::getCategoryId)
                .collect(Collectors.toSet()));
        return products.stream().map(p -> info(p, byId.get(p.getCategoryId()))).toList();
    }

    static ProductInfo info(Product p, ProductCategory c) {
        String name = p.getVariantValues() == null ? p.getName() : p.getName() + " (" + p.getVariantValues() + ")";
        return new ProductInfo(p.getId(), p.getSku(), name, p.getType(), p.getTracking(), p.getBaseUom(),
                p.getSalesUom(), p.getPurchaseUom(), p.getSalesPrice(), p.getCurrency(), p.getCategoryId(),
                c.getCostMethod(), p.getStandardCost(), c.accounts(), p.getBarcode(), p.isActive());
    }
}
