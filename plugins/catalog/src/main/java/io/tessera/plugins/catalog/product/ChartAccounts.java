package io.tessera.plugins.catalog.product;

import java.util.List;
import java.util.Optional;

/**
 * The chart of accounts a product category's stock accounts are picked from: accounting's, where the accounting
 * plugin is on the server and the tenant has enabled it ({@link AccountingChart}), else none ({@link NoChart}).
 */
interface ChartAccounts {

    /**
     * The tenant's active accounts.
     *
     * @return the accounts by code, or empty when there is no chart to pick from (codes are then typed)
     */
    Optional<List<Choice>> accounts();

    /**
     * An account to pick.
     *
     * @param code its code, what the category stores
     * @param name its name
     */
    record Choice(String code, String name) {
    }
}
