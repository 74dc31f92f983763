package io.tessera.plugins.catalog.product;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's chart of accounts as far as categories need it, so that nothing but {@link AccountingCategoryChart}
 * names accounting's classes (the catalog runs without accounting).
 */
interface CategoryChart {

    /**
     * The types of the chart's active accounts with these codes.
     *
     * @param codes account codes
     * @return per code found, its type in upper case ({@code ASSET}, {@code LIABILITY}, {@code EQUITY}, {@code INCOME},
     *         {@code EXPENSE}); empty when the tenant has not enabled accounting
     */
    Optional<Map<String, String>> types(Collection<String> codes);
}
