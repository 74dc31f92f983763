package io.tessera.plugins.accounting.chart;

import java.util.List;

/**
 * A chart of accounts a tenant can start from.
 *
 * @param id           template id used in the settings, e.g. {@code ifrs}
 * @param name         human-readable name
 * @param baseCurrency the base currency suggested with it
 * @param accounts     the accounts, parents before children
 */
record ChartTemplate(String id, String name, String baseCurrency, List<Entry> accounts) {

    /**
     * One account of a template.
     *
     * @param code   account code
     * @param name   account name
     * @param type   account type
     * @param parent parent code, or {@code null}
     * @param role   automatic-posting role, or {@code null}
     */
    record Entry(String code, String name, AccountType type, String parent, AccountRole role) {
    }
}
