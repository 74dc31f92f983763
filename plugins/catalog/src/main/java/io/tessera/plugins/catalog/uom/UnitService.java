package io.tessera.plugins.catalog.uom;

import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.api.UnitMismatchException;
import io.tessera.plugins.catalog.api.Units;
import io.tessera.plugins.catalog.common.Problems;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The units of the current tenant: the published {@link Units} (lookup and exact conversion) and the catalog's own
 * listing and creation of units.
 */
public class UnitService implements Units {

    private final EntityManager em;
    private final Transactions tx;
    private final Validator validator;

    UnitService(EntityManager em, Transactions tx, Validator validator) {
        this.em = em;
        this.tx = tx;
        this.validator = validator;
    }

    @Override
    public Optional<UnitInfo> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return tx.read(() -> em.createQuery("select u from Unit u where u.code = :code", Unit.class)
                .setParameter("code", code).getResultStream().findFirst().map(Unit::info));
    }

    /**
     * Several units in one query.
     *
     * @param codes unit codes ({@code null}s ignored)
     * @return the units found, by code
     */
    public Map<String, UnitInfo> findAll(Collection<String> codes) {
        Set<String> wanted = codes.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<String, UnitInfo> found = new java.util.HashMap<>();
        if (!wanted.isEmpty()) {
            tx.read(() -> em.createQuery("select u from Unit u where u.code in :codes", Unit.class)
                    .setParameter("codes", wanted).getResultStream().map(Unit::info).toList())
                    .forEach(u -> found.put(u.code(), u));
        }
        return found;
    }

    @Override
    public BigDecimal convert(BigDecimal quantity, String from, String to) {
        return convert(quantity, from, to, unitsOf(from, to).get(to).scale());
    }

    @Override
    public BigDecimal convert(BigDecimal quantity, String from, String to, int scale) {
        Map<String, UnitInfo> units = unitsOf(from, to);
        return Conversion.convert(quantity, units.get(from), units.get(to), scale);
    }

    private Map<String, UnitInfo> unitsOf(String from, String to) {
        Map<String, UnitInfo> units = findAll(List.of(from == null ? "" : from, to == null ? "" : to));
        for (String code : new String[] {from, to}) {
            if (!units.containsKey(code)) {
                throw new UnitMismatchException("unknown unit " + code);
            }
        }
        return units;
    }

    /**
     * A conversion for the API, every bad parameter named.
     *
     * @param quantity the quantity in {@code from}
     * @param from     its unit
     * @param to       the unit wanted
     * @param scale    decimal places, or {@code null} for the target unit's
     * @return the converted quantity
     */
    ConvertedQuantity convertForApi(BigDecimal quantity, String from, String to, Integer scale) {
        Map<String, UnitInfo> found = findAll(List.of(from, to));
        Problems problems = Problems.none();
        if (!found.containsKey(from)) {
            problems.add("from", "is not a unit of this tenant");
        }
        if (!found.containsKey(to)) {
            problems.add("to", "is not a unit of this tenant");
        }
        if (scale != null && (scale < 0 || scale > 12)) {
            problems.add("scale", "must be between 0 and 12");
        }
        problems.throwIfAny();
        UnitInfo target = found.get(to);
        int digits = scale == null ? target.scale() : scale;
        try {
            return new ConvertedQuantity(Conversion.convert(quantity, found.get(from), target, digits), to);
        } catch (UnitMismatchException mismatch) {
            throw ApiProblem.invalid("to", mismatch.getMessage());
        }
    }

    /**
     * Every unit of the tenant, by category then size.
     *
     * @return the units
     */
    public List<UnitInfo> list() {
        return tx.read(() -> em.createQuery("select u from Unit u", Unit.class).getResultStream().map(Unit::info)
                .sorted(java.util.Comparator.comparing(UnitInfo::category)
                        .thenComparing(u -> new BigDecimal(u.numerator()).divide(new BigDecimal(u.denominator()),
                                java.math.MathContext.DECIMAL64))
                        .thenComparing(UnitInfo::code))
                .toList());
    }

    /**
     * Adds a unit of the tenant's own.
     *
     * @param r the unit
     * @return the unit created
     */
    @RequiresPermission(CatalogPermissions.WRITE)
    public UnitInfo create(UnitRequest r) {
        return tx.write(() -> {
            Problems problems = Problems.of(validator, r);
            if (!problems.has("category") && !problems.has("numerator") && !problems.has("denominator")) {
                boolean categoryExists = !em.createQuery("select u.code from Unit u where u.category = :c", String.class)
                        .setParameter("c", r.category()).setMaxResults(1).getResultList().isEmpty();
                if (!categoryExists && (r.numerator() != 1 || r.denominator() != 1)) {
                    problems.add("numerator", "must be 1 (with denominator 1): the first unit of a new category is its reference unit");
                }
            }
            problems.throwIfAny();
            if (find(r.code()).isPresent()) {
                throw ApiProblem.conflict("A unit with code " + r.code() + " exists already");
            }
            Unit unit = new Unit(new UnitInfo(r.code(), r.name().strip(), r.category(), r.numerator(), r.denominator(),
                    r.scale()));
            em.persist(unit);
            em.flush();
            return unit.info();
        });
    }
}
