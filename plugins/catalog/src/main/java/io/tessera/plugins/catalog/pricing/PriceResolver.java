package io.tessera.plugins.catalog.pricing;

import io.tessera.plugins.catalog.api.PriceQuery;
import io.tessera.plugins.catalog.api.Prices;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.ResolvedPrice;
import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.api.UnitMismatchException;
import io.tessera.plugins.catalog.product.ProductCatalog;
import io.tessera.plugins.catalog.uom.UnitService;
import io.tessera.sdk.persistence.Transactions;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The published {@link Prices}: one query for every break that could apply (the product's, in the currency, of
 * active lists valid on the date, for the customer or for everyone), then {@link PriceChoice} picks the best.
 */
public class PriceResolver implements Prices {

    private final EntityManager em;
    private final Transactions tx;
    private final ProductCatalog products;
    private final UnitService units;

    PriceResolver(EntityManager em, Transactions tx, ProductCatalog products, UnitService units) {
        this.em = em;
        this.tx = tx;
        this.products = products;
        this.units = units;
    }

    @Override
    public Optional<ResolvedPrice> resolve(PriceQuery query) {
        return tx.read(() -> {
            Optional<ProductInfo> found = products.find(query.productId());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ProductInfo product = found.get();
            String asked = query.uom() == null || query.uom().isBlank() ? product.salesUom() : query.uom();
            LocalDate date = query.date() == null ? LocalDate.now() : query.date();
            BigDecimal quantity = query.quantity() == null ? BigDecimal.ONE : query.quantity();

            List<PriceChoice.Candidate> candidates = new ArrayList<>();
            Set<String> codes = new HashSet<>(List.of(asked, product.baseUom(), product.salesUom()));
            for (Object[] row : em.createQuery("""
                            select i.uom, i.minQuantity, i.price, l.id, l.partyId from PriceItem i, PriceList l
                            where l.id = i.priceListId and i.productId = :product and l.currency = :currency
                              and l.active = true and (l.partyId is null or l.partyId = :party)
                              and (l.validFrom is null or l.validFrom <= :date) and (l.validTo is null or l.validTo >= :date)""",
                            Object[].class)
                    .setParameter("product", product.id()).setParameter("currency", query.currency())
                    .setParameter("party", query.partyId()).setParameter("date", date).getResultList()) {
                candidates.add(new PriceChoice.Candidate((String) row[0], (BigDecimal) row[1], (BigDecimal) row[2],
                        (java.util.UUID) row[3], row[4] != null));
                codes.add((String) row[0]);
            }
            Map<String, UnitInfo> byCode = units.findAll(codes);
            UnitInfo askedUnit = byCode.get(asked);
            UnitInfo base = byCode.get(product.baseUom());
            if (askedUnit == null) {
                throw new UnitMismatchException("unknown unit " + asked);
            }
            if (!askedUnit.category().equals(base.category())) {
                throw new UnitMismatchException("cannot price " + product.sku() + " (" + base.category() + ") per "
                        + asked + " (" + askedUnit.category() + ")");
            }
            int digits = Currency.getInstance(query.currency()).getDefaultFractionDigits();
            Optional<ResolvedPrice> fromList = PriceChoice.best(candidates, quantity, askedUnit, byCode)
                    .map(c -> new ResolvedPrice(c.unitPrice().round(digits), query.currency(), asked, c.priceListId()));
            if (fromList.isPresent() || product.salesPrice() == null || !query.currency().equals(product.currency())) {
                return fromList;
            }
            // the list price is per sales unit: per asked unit it is price · (asked unit / sales unit)
            BigDecimal listPrice = PriceChoice.perUnit(product.salesPrice(), byCode.get(product.salesUom()), askedUnit)
                    .round(digits);
            return Optional.of(new ResolvedPrice(listPrice, query.currency(), asked, null));
        });
    }
}
