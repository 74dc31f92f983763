package io.tessera.plugins.catalog.api;

/**
 * The ledger accounts a product category's stock posts to, by account code in the tenant's chart. A {@code null}
 * code means "the chart's default account for that role".
 *
 * @param inventory              the stock (asset) account
 * @param costOfGoodsSold        the cost of goods sold (expense) account
 * @param stockReceivedNotBilled the goods received not billed (liability) account
 */
public record CategoryAccounts(String inventory, String costOfGoodsSold, String stockReceivedNotBilled) {

    /** No account chosen: every role takes the chart's default. */
    public static final CategoryAccounts DEFAULTS = new CategoryAccounts(null, null, null);
}
