package io.tessera.plugins.catalog.product;

import io.tessera.plugins.accounting.api.Postings;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.persistence.Transactions;
import java.util.List;
import java.util.Optional;

/**
 * The chart through accounting's published {@link Postings}, found with the SDK's typed lookup (empty where the tenant
 * has not enabled accounting). Registered by {@link ProductComponents#withAccounting()} only where accounting's API is
 * on the server; the only class of this plugin that names it.
 */
class AccountingChart implements ChartAccounts {

    private final ModuleServices modules;
    private final Transactions tx;

    AccountingChart(ModuleServices modules, Transactions tx) {
        this.modules = modules;
        this.tx = tx;
    }

    @Override
    public Optional<List<Choice>> accounts() {
        return modules.find(Postings.class).map(postings -> tx.read(() -> postings.accounts().stream()
                .map(a -> new Choice(a.code(), a.name())).toList()));
    }
}
