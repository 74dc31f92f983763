package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.ProductChanged;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.common.Problems;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Variants of a template product: its attributes and values (size × colour) and one product per combination, each
 * with its own SKU ({@code <template SKU>-<value>-<value>}) and the values' price extras added to the template's
 * list price. Generating again adds only the combinations that are missing.
 */
class VariantService {

    /** The most variants one template may have. */
    static final int MAX_VARIANTS = 1000;

    private final EntityManager em;
    private final Transactions tx;
    private final Validator validator;
    private final ProductService products;
    private final ProductQueries queries;
    private final CategoryService categories;
    private final EventPublisher events;

    VariantService(EntityManager em, Transactions tx, Validator validator, ProductService products,
                   ProductQueries queries, CategoryService categories, EventPublisher events) {
        this.em = em;
        this.tx = tx;
        this.validator = validator;
        this.products = products;
        this.queries = queries;
        this.categories = categories;
        this.events = events;
    }

    List<ProductView> variants(UUID templateId) {
        return tx.read(() -> {
            products.find(templateId);
            return queries.slice(new ProductFilter(null, null, null, false, templateId), 0, MAX_VARIANTS);
        });
    }

    /**
     * A template's attribute with its values, in display order.
     *
     * @param name   e.g. {@code Size}
     * @param values e.g. {@code S, M, L}
     */
    record AttributeView(String name, List<String> values) {
    }

    /**
     * A change of one variant: its SKU and what its values add to the template's list price.
     *
     * @param variantId  the variant
     * @param sku        its new SKU
     * @param priceExtra its new price extra (its list price becomes the template's plus this)
     */
    record VariantEdit(UUID variantId, String sku, BigDecimal priceExtra) {
    }

    /** The attributes of a template and their values, in display order (empty when it has no variants yet). */
    List<AttributeView> attributes(UUID templateId) {
        return tx.read(() -> {
            products.find(templateId);
            List<ProductAttribute> attributes = em.createQuery(
                    "select a from ProductAttribute a where a.templateId = :t order by a.position", ProductAttribute.class)
                    .setParameter("t", templateId).getResultList();
            Map<UUID, List<String>> byAttribute = values(attributes).stream()
                    .sorted(java.util.Comparator.comparingInt(AttributeValue::getPosition))
                    .collect(Collectors.groupingBy(AttributeValue::getAttributeId, LinkedHashMap::new,
                            Collectors.mapping(AttributeValue::getValue, Collectors.toList())));
            return attributes.stream().map(a -> new AttributeView(a.getName(),
                    byAttribute.getOrDefault(a.getId(), List.of()))).toList();
        });
    }

    /**
     * Changes the SKUs and price extras of variants of one template, all or nothing: every bad row is named
     * ({@code variants[i].sku}, {@code variants[i].priceExtra}) before anything is written.
     *
     * @param templateId the template
     * @param edits      the changed variants
     * @return the template's variants afterwards
     */
    @RequiresPermission(CatalogPermissions.WRITE)
    List<ProductView> adjust(UUID templateId, List<VariantEdit> edits) {
        return tx.write(() -> {
            Product template = products.find(templateId);
            Map<UUID, Product> variants = em.createQuery("select p from Product p where p.templateId = :t", Product.class)
                    .setParameter("t", templateId).getResultStream()
                    .collect(Collectors.toMap(Product::getId, p -> p));
            Problems problems = Problems.none();
            Set<String> skus = new HashSet<>();
            for (int i = 0; i < edits.size(); i++) {
                VariantEdit edit = edits.get(i);
                String at = "variants[" + i + "].";
                if (edit.variantId() == null || !variants.containsKey(edit.variantId())) {
                    throw ApiProblem.notFound("Variant of " + template.getSku(), edit.variantId());
                }
                String sku = edit.sku() == null ? "" : edit.sku().strip();
                if (!sku.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")) {
                    problems.add(at + "sku", "must be 1 to 64 letters, digits, '.', '_', '/' or '-'");
                } else if (!skus.add(sku)) {
                    problems.add(at + "sku", "repeats the SKU of another variant");
                }
                BigDecimal extra = edit.priceExtra() == null ? BigDecimal.ZERO : edit.priceExtra();
                if (extra.scale() > 4 || extra.precision() - extra.scale() > 15) {
                    problems.add(at + "priceExtra", "must have at most 15 digits and 4 decimals");
                } else if (template.getSalesPrice() != null && template.getSalesPrice().add(extra).signum() < 0) {
                    problems.add(at + "priceExtra", "makes the price negative (the template's list price is "
                            + template.getSalesPrice().stripTrailingZeros().toPlainString() + ")");
                }
            }
            problems.throwIfAny();
            Set<UUID> edited = edits.stream().map(VariantEdit::variantId).collect(Collectors.toSet());
            if (!skus.isEmpty()) {
                List<Object[]> taken = em.createQuery("select p.id, p.sku from Product p where p.sku in :skus",
                        Object[].class).setParameter("skus", skus).getResultList();
                for (Object[] row : taken) {
                    if (!edited.contains((UUID) row[0])) {
                        throw ApiProblem.conflict("SKU " + row[1] + " is already used by another product");
                    }
                }
            }
            List<Product> changed = new ArrayList<>();
            for (VariantEdit edit : edits) {
                Product v = variants.get(edit.variantId());
                BigDecimal extra = edit.priceExtra() == null ? BigDecimal.ZERO : edit.priceExtra();
                BigDecimal price = template.getSalesPrice() == null ? null : template.getSalesPrice().add(extra);
                v.describe(new ProductFields(edit.sku().strip(), v.getName(), v.getDescription(), v.getCategoryId(),
                        v.getBaseUom(), v.getSalesUom(), v.getPurchaseUom(), v.getTracking(), price,
                        price == null ? null : template.getCurrency(), v.getStandardCost(), v.getBarcode()));
                v.makeVariantOf(templateId, v.getVariantValues(), extra);
                changed.add(v);
            }
            em.flush();
            changed.forEach(v -> events.publish(new ProductChanged(v.getId(), v.getSku(), v.getType(), v.isActive(),
                    "updated")));
            return queries.slice(new ProductFilter(null, null, null, false, templateId), 0, MAX_VARIANTS);
        });
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    List<ProductView> generate(UUID templateId, VariantsRequest r) {
        return tx.write(() -> {
            Product template = products.find(templateId);
            List<ProductAttribute> existing = em.createQuery(
                    "select a from ProductAttribute a where a.templateId = :t order by a.position", ProductAttribute.class)
                    .setParameter("t", templateId).getResultList();
            check(template, existing, r);
            Map<String, ProductAttribute> attributes = new LinkedHashMap<>();
            existing.forEach(a -> attributes.put(key(a.getName()), a));
            List<AttributeValue> values = values(existing);
            for (int i = 0; i < r.attributes().size(); i++) {
                VariantsRequest.Attribute requested = r.attributes().get(i);
                ProductAttribute attribute = attributes.get(key(requested.name()));
                if (attribute == null) {
                    attribute = new ProductAttribute(templateId, requested.name().strip(), i);
                    em.persist(attribute);
                    attributes.put(key(requested.name()), attribute);
                }
                UUID attributeId = attribute.getId();
                Set<String> known = values.stream().filter(v -> v.getAttributeId().equals(attributeId))
                        .map(v -> key(v.getValue())).collect(Collectors.toSet());
                int position = known.size();
                for (VariantsRequest.Value value : requested.values()) {
                    if (known.add(key(value.value()))) {
                        AttributeValue stored = new AttributeValue(attributeId, value.value().strip(),
                                value.priceExtra() == null ? BigDecimal.ZERO : value.priceExtra(), position++);
                        em.persist(stored);
                        values.add(stored);
                    }
                }
            }
            return create(template, new ArrayList<>(attributes.values()), values);
        });
    }

    private List<ProductView> create(Product template, List<ProductAttribute> attributes, List<AttributeValue> values) {
        List<List<AttributeValue>> combinations = List.of(List.of());
        for (ProductAttribute attribute : attributes) {
            List<AttributeValue> ofAttribute = values.stream().filter(v -> v.getAttributeId().equals(attribute.getId()))
                    .sorted(java.util.Comparator.comparingInt(AttributeValue::getPosition)).toList();
            List<List<AttributeValue>> next = new ArrayList<>();
            for (List<AttributeValue> prefix : combinations) {
                for (AttributeValue value : ofAttribute) {
                    List<AttributeValue> combination = new ArrayList<>(prefix);
                    combination.add(value);
                    next.add(combination);
                }
            }
            combinations = next;
        }
        if (combinations.size() > MAX_VARIANTS) {
            throw ApiProblem.invalid("attributes", "would make " + combinations.size() + " variants; at most "
                    + MAX_VARIANTS + " are allowed");
        }
        Set<String> present = new HashSet<>(em.createQuery(
                        "select p.variantValues from Product p where p.templateId = :t", String.class)
                .setParameter("t", template.getId()).getResultList());
        List<Product> created = new ArrayList<>();
        Map<String, Product> bySku = new LinkedHashMap<>();
        for (List<AttributeValue> combination : combinations) {
            String label = combination.stream().map(AttributeValue::getValue).collect(Collectors.joining(", "));
            if (present.contains(label)) {
                continue;
            }
            BigDecimal extra = combination.stream().map(AttributeValue::getPriceExtra).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal price = template.getSalesPrice() == null ? null : template.getSalesPrice().add(extra);
            if (price != null && price.signum() < 0) {
                throw ApiProblem.invalid("attributes", "the price extras of " + label + " make its price negative");
            }
            String sku = template.getSku() + "-" + combination.stream().map(v -> skuPart(v.getValue()))
                    .collect(Collectors.joining("-"));
            if (sku.length() > 64) {
                throw ApiProblem.invalid("attributes", "the SKU of " + label + " would be longer than 64 characters");
            }
            Product variant = new Product(template.getType());
            variant.describe(new ProductFields(sku, template.getName(), template.getDescription(), template.getCategoryId(),
                    template.getBaseUom(), template.getSalesUom(), template.getPurchaseUom(), template.getTracking(), price,
                    price == null ? null : template.getCurrency(), template.getStandardCost(), null));
            variant.makeVariantOf(template.getId(), label, extra);
            bySku.put(sku, variant);
            created.add(variant);
        }
        if (!bySku.isEmpty()) {
            List<String> taken = em.createQuery("select p.sku from Product p where p.sku in :skus", String.class)
                    .setParameter("skus", bySku.keySet()).getResultList();
            if (!taken.isEmpty()) {
                throw ApiProblem.conflict("SKUs already used by other products: " + String.join(", ", taken));
            }
        }
        created.forEach(em::persist);
        em.flush();
        created.forEach(v -> events.publish(new ProductChanged(v.getId(), v.getSku(), v.getType(), true, "created")));
        ProductCategory category = categories.find(template.getCategoryId()).orElseThrow();
        return created.stream().map(v -> ProductView.of(v, category)).toList();
    }

    private void check(Product template, List<ProductAttribute> existing, VariantsRequest r) {
        Problems problems = Problems.of(validator, r);
        if (template.getTemplateId() != null) {
            problems.add("attributes", "a variant cannot have variants of its own");
        }
        if (!problems.has("attributes") && r.attributes() != null) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < r.attributes().size(); i++) {
                VariantsRequest.Attribute a = r.attributes().get(i);
                if (a == null || a.name() == null || a.values() == null) {
                    continue;
                }
                if (!names.add(key(a.name()))) {
                    problems.add("attributes[" + i + "].name", "repeats another attribute");
                }
                Set<String> seen = new HashSet<>();
                for (int j = 0; j < a.values().size(); j++) {
                    VariantsRequest.Value v = a.values().get(j);
                    if (v != null && v.value() != null && !seen.add(key(v.value()))) {
                        problems.add("attributes[" + i + "].values[" + j + "].value", "repeats another value");
                    }
                }
            }
            Set<String> stored = existing.stream().map(a -> key(a.getName())).collect(Collectors.toSet());
            if (!stored.isEmpty() && !stored.equals(names)) {
                problems.add("attributes", "must be the template's attributes, " + existing.stream()
                        .map(ProductAttribute::getName).collect(Collectors.joining(", ")) + ": only values can be added");
            }
        }
        problems.throwIfAny();
    }

    private List<AttributeValue> values(List<ProductAttribute> attributes) {
        if (attributes.isEmpty()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(em.createQuery("select v from AttributeValue v where v.attributeId in :ids", AttributeValue.class)
                .setParameter("ids", attributes.stream().map(ProductAttribute::getId).toList()).getResultList());
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** A value as part of a SKU: its letters and digits, upper-cased ("Navy blue" → "NAVYBLUE"). */
    static String skuPart(String value) {
        String part = value.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return part.isEmpty() ? "X" : part;
    }
}
