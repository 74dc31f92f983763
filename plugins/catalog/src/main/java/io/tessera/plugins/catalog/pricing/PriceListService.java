package io.tessera.plugins.catalog.pricing;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.common.Problems;
import io.tessera.plugins.catalog.product.ProductCatalog;
import io.tessera.plugins.catalog.uom.UnitService;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The current tenant's price lists and their quantity breaks. */
class PriceListService {

    private final EntityManager em;
    private final Transactions tx;
    private final Validator validator;
    private final ProductCatalog products;
    private final UnitService units;
    private final Parties parties;

    PriceListService(EntityManager em, Transactions tx, Validator validator, ProductCatalog products,
                     UnitService units, Parties parties) {
        this.em = em;
        this.tx = tx;
        this.validator = validator;
        this.products = products;
        this.units = units;
        this.parties = parties;
    }

    List<PriceListView> list() {
        return tx.read(() -> {
            List<PriceList> lists = em.createQuery("select l from PriceList l order by l.name, l.id", PriceList.class)
                    .getResultList();
            Map<UUID, List<PriceItem>> items = lists.isEmpty() ? Map.of() : em.createQuery(
                            "select i from PriceItem i where i.priceListId in :ids order by i.productId, i.uom, i.minQuantity",
                            PriceItem.class)
                    .setParameter("ids", lists.stream().map(PriceList::getId).toList()).getResultStream()
                    .collect(Collectors.groupingBy(PriceItem::getPriceListId));
            return lists.stream().map(l -> PriceListView.of(l, items.getOrDefault(l.getId(), List.of()))).toList();
        });
    }

    PriceListView get(UUID id) {
        return tx.read(() -> PriceListView.of(find(id), items(id)));
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    PriceListView create(PriceListRequest r) {
        return tx.write(() -> {
            check(r, null);
            PriceList list = new PriceList(r.name().strip());
            describe(list, r);
            em.persist(list);
            List<PriceItem> written = writeItems(list.getId(), r);
            em.flush();
            return PriceListView.of(list, written);
        });
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    PriceListView update(UUID id, PriceListRequest r) {
        return tx.write(() -> {
            PriceList list = find(id);
            if (r.version() != null && !Objects.equals(r.version(), list.getVersion())) {
                throw ApiProblem.conflict("Price list " + id + " was changed by someone else (version "
                        + list.getVersion() + ", you sent " + r.version() + "); reload it and try again");
            }
            check(r, id);
            describe(list, r);
            em.createQuery("delete from PriceItem i where i.priceListId = :id").setParameter("id", id).executeUpdate();
            List<PriceItem> written = writeItems(id, r);
            em.flush();
            return PriceListView.of(list, written);
        });
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    void delete(UUID id) {
        tx.write(() -> {
            PriceList list = find(id);
            em.createQuery("delete from PriceItem i where i.priceListId = :id").setParameter("id", id).executeUpdate();
            em.remove(list);
        });
    }

    private void describe(PriceList list, PriceListRequest r) {
        list.describe(r.name().strip(), r.currency(), r.partyId(), r.validFrom(), r.validTo(),
                r.active() == null || r.active());
    }

    private List<PriceItem> writeItems(UUID listId, PriceListRequest r) {
        List<PriceItem> written = new ArrayList<>();
        if (r.items() == null) {
            return written;
        }
        Map<UUID, ProductInfo> found = products.findAll(r.items().stream().map(PriceListRequest.Item::productId).toList());
        for (PriceListRequest.Item item : r.items()) {
            PriceItem row = new PriceItem(listId, item.productId(), unitOf(item, found.get(item.productId())),
                    item.minQuantity() == null ? BigDecimal.ZERO : item.minQuantity(), item.price());
            em.persist(row);
            written.add(row);
        }
        return written;
    }

    private static String unitOf(PriceListRequest.Item item, ProductInfo product) {
        return item.uom() == null || item.uom().isBlank() ? product.salesUom() : item.uom().strip();
    }

    /** Every bad field of the list and of its items, at once. */
    private void check(PriceListRequest r, UUID self) {
        Problems problems = Problems.of(validator, r);
        if (r.partyId() != null && parties.find(r.partyId()).isEmpty()) {
            problems.add("partyId", "refers to no party of this tenant");
        }
        if (r.validFrom() != null && r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            problems.add("validTo", "must not be before validFrom");
        }
        List<PriceListRequest.Item> items = r.items() == null ? List.of() : r.items();
        Map<UUID, ProductInfo> found = products.findAll(items.stream().filter(Objects::nonNull)
                .map(PriceListRequest.Item::productId).filter(Objects::nonNull).toList());
        Set<String> unitCodes = new HashSet<>();
        found.values().forEach(p -> unitCodes.add(p.baseUom()));
        items.stream().filter(Objects::nonNull).map(PriceListRequest.Item::uom).filter(Objects::nonNull).forEach(unitCodes::add);
        Map<String, UnitInfo> unitsFound = units.findAll(unitCodes);
        Set<String> breaks = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            PriceListRequest.Item item = items.get(i);
            String at = "items[" + i + "].";
            if (item == null || item.productId() == null) {
                continue; // named by the constraints
            }
            ProductInfo product = found.get(item.productId());
            if (product == null) {
                problems.add(at + "productId", "refers to no product of this tenant");
                continue;
            }
            String uom = unitOf(item, product);
            UnitInfo unit = unitsFound.get(uom);
            if (unit == null && item.uom() != null) {
                problems.add(at + "uom", "is not a unit of this tenant");
            } else if (unit != null && !unit.category().equals(unitsFound.get(product.baseUom()).category())) {
                problems.add(at + "uom", "must be of the product's unit category, "
                        + unitsFound.get(product.baseUom()).category());
            }
            BigDecimal min = item.minQuantity() == null ? BigDecimal.ZERO : item.minQuantity();
            if (!breaks.add(item.productId() + "|" + uom + "|" + min.stripTrailingZeros().toPlainString())) {
                problems.add(at + "minQuantity", "repeats a break of the same product and unit");
            }
        }
        problems.throwIfAny();
        List<UUID> sameName = em.createQuery("select l.id from PriceList l where lower(l.name) = lower(:n)", UUID.class)
                .setParameter("n", r.name().strip()).getResultList();
        if (sameName.stream().anyMatch(id -> !id.equals(self))) {
            throw ApiProblem.conflict("A price list named " + r.name().strip() + " exists already");
        }
    }

    private PriceList find(UUID id) {
        return em.createQuery("select l from PriceList l where l.id = :id", PriceList.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> ApiProblem.notFound("Price list", id));
    }

    private List<PriceItem> items(UUID id) {
        return em.createQuery("select i from PriceItem i where i.priceListId = :id order by i.productId, i.uom, i.minQuantity",
                PriceItem.class).setParameter("id", id).getResultList();
    }
}
