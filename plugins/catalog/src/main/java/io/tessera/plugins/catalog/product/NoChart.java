package io.tessera.plugins.catalog.product;

import java.util.List;
import java.util.Optional;

/** Where the accounting plugin is not on the server: no chart to pick from. */
class NoChart implements ChartAccounts {

    @Override
    public Optional<List<Choice>> accounts() {
        return Optional.empty();
    }
}
