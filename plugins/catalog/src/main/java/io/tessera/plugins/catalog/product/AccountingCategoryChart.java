package io.tessera.plugins.catalog.product;

import io.tessera.plugins.accounting.api.Postings;
import io.tessera.sdk.ModuleServices;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The chart through accounting's published {@link Postings}, found with the SDK's typed lookup (empty where the tenant
 * has not enabled accounting). Registered only where accounting's API is on the server (see {@link ProductComponents}).
 */
class AccountingCategoryChart implements CategoryChart {

    private final ModuleServices modules;

    AccountingCategoryChart(ModuleServices modules) {
        this.modules = modules;
    }

    @Override
    public Optional<Map<String, String>> types(Collection<String> codes) {
        return modules.find(Postings.class).map(postings -> {
            Map<String, String> types = new HashMap<>();
            postings.accountTypes(codes).forEach((code, type) -> types.put(code, type.name()));
            return types;
        });
    }
}
