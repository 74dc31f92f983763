package io.tessera.plugins.catalog.pricing;

import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.uom.Conversion;
import io.tessera.plugins.catalog.uom.Conversion.Fraction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Picks the break that applies, exactly: a customer's own list before general lists; among those, the breaks whose
 * minimum is not above the quantity (compared in the break's unit, as exact fractions), the largest minimum
 * (compared in reference units) first, then the lowest price per asked unit, then the list id.
 */
final class PriceChoice {

    private static final Comparator<Fraction> BY_VALUE = PriceChoice::compare;

    private PriceChoice() {
    }

    /**
     * A break that could apply.
     *
     * @param uom         its unit
     * @param minQuantity its minimum, in {@code uom}
     * @param price       its price per {@code uom}
     * @param priceListId its list
     * @param forCustomer whether the list is the customer's own
     */
    record Candidate(String uom, BigDecimal minQuantity, BigDecimal price, UUID priceListId, boolean forCustomer) {
    }

    /**
     * The break chosen, with its exact price per asked unit.
     *
     * @param unitPrice   price per asked unit, exact
     * @param priceListId its list
     */
    record Choice(Fraction unitPrice, UUID priceListId) {
    }

    static Optional<Choice> best(List<Candidate> candidates, BigDecimal quantity, UnitInfo asked,
                                 Map<String, UnitInfo> units) {
        record Scored(Candidate candidate, Fraction min, Fraction unitPrice) {
        }
        UnitInfo reference = new UnitInfo("ref", "ref", asked.category(), 1, 1, 0);
        Comparator<Scored> order = Comparator
                .comparing((Scored s) -> !s.candidate().forCustomer())
                .thenComparing(Scored::min, BY_VALUE.reversed())
                .thenComparing(Scored::unitPrice, BY_VALUE)
                .thenComparing(s -> s.candidate().priceListId());
        return candidates.stream()
                .filter(c -> units.containsKey(c.uom()) && units.get(c.uom()).category().equals(asked.category()))
                .filter(c -> compare(Conversion.exact(quantity, asked, units.get(c.uom())), fraction(c.minQuantity())) >= 0)
                .map(c -> new Scored(c, Conversion.exact(c.minQuantity(), units.get(c.uom()), reference),
                        perUnit(c.price(), units.get(c.uom()), asked)))
                .min(order)
                .map(s -> new Choice(s.unitPrice(), s.candidate().priceListId()));
    }

    /**
     * A price per {@code priced} unit as a price per {@code asked} unit, exactly: one asked unit is
     * {@code asked/priced} priced units, so the price scales by the same ratio.
     */
    static Fraction perUnit(BigDecimal price, UnitInfo priced, UnitInfo asked) {
        return Conversion.exact(price, asked, priced);
    }

    static int compare(Fraction a, Fraction b) {
        BigInteger left = a.numerator().multiply(b.denominator());
        BigInteger right = b.numerator().multiply(a.denominator());
        return left.compareTo(right);
    }

    private static Fraction fraction(BigDecimal value) {
        return value.scale() >= 0
                ? new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
                : new Fraction(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
    }
}
