package io.tessera.plugins.catalog.product;

import io.tessera.sdk.persistence.Like;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.PageView.Paging;
import io.tessera.sdk.web.RowExport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Lists of products ordered by SKU: pages for the API, exact offsets for the UI's lazy grid, and keyset batches
 * for the CSV export. Each list is two queries (products, then their categories), never one per row.
 */
class ProductQueries {

    private static final String ORDER = " order by p.sku, p.id";

    private final EntityManager em;
    private final Transactions tx;
    private final CategoryService categories;

    ProductQueries(EntityManager em, Transactions tx, CategoryService categories) {
        this.em = em;
        this.tx = tx;
        this.categories = categories;
    }

    PageView<ProductView> page(ProductFilter filter, Paging paging) {
        return tx.read(() -> {
            Where where = where(filter);
            TypedQuery<Product> page = where.bind(em.createQuery("select p from Product p" + where.sql + ORDER, Product.class));
            List<Product> items = page.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            long total = paging.total(items.size(), () -> count(filter));
            return PageView.of(views(items), paging, total);
        });
    }

    List<ProductView> slice(ProductFilter filter, int offset, int limit) {
        return tx.read(() -> {
            Where where = where(filter);
            return views(where.bind(em.createQuery("select p from Product p" + where.sql + ORDER, Product.class))
                    .setFirstResult(offset).setMaxResults(limit).getResultList());
        });
    }

    long count(ProductFilter filter) {
        return tx.read(() -> {
            Where where = where(filter);
            return where.bind(em.createQuery("select count(p) from Product p" + where.sql, Long.class)).getSingleResult();
        });
    }

    RowExport<ProductView> export(ProductFilter filter) {
        return new RowExport<>(ProductView.class, (last, limit) -> tx.read(() -> {
            Where where = where(filter);
            if (last != null) {
                where.and("(p.sku > :lastSku or (p.sku = :lastSku and p.id > :lastId))");
                where.params.put("lastSku", last.sku());
                where.params.put("lastId", last.id());
            }
            return views(where.bind(em.createQuery("select p from Product p" + where.sql + ORDER, Product.class))
                    .setMaxResults(limit).getResultList());
        }));
    }

    List<ProductView> views(List<Product> products) {
        Set<UUID> categoryIds = products.stream().map(Product::getCategoryId).collect(Collectors.toSet());
        Map<UUID, ProductCategory> byId = categories.findAll(categoryIds);
        return products.stream().map(p -> ProductView.of(p, byId.get(p.getCategoryId()))).toList();
    }

    private static Where where(ProductFilter f) {
        Where where = new Where();
        where.and("p.active = :active");
        where.params.put("active", !f.archived());
        if (f.text() != null && !f.text().isBlank()) {
            where.and("(lower(p.sku) like :text escape '\\' or lower(p.name) like :text escape '\\' "
                    + "or lower(p.barcode) like :text escape '\\')");
            where.params.put("text", Like.containing(f.text().strip()));
        }
        if (f.type() != null) {
            where.and("p.type = :type");
            where.params.put("type", f.type());
        }
        if (f.categoryId() != null) {
            where.and("p.categoryId = :categoryId");
            where.params.put("categoryId", f.categoryId());
        }
        if (f.templateId() != null) {
            where.and("p.templateId = :templateId");
            where.params.put("templateId", f.templateId());
        }
        return where;
    }

    /** A JPQL where clause and its parameters. */
    private static final class Where {
        private String sql = "";
        private final Map<String, Object> params = new LinkedHashMap<>();

        void and(String condition) {
            sql += sql.isEmpty() ? " where " + condition : " and " + condition;
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
