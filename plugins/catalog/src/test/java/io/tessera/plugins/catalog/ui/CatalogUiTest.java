package io.tessera.plugins.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.ui.kit.ContributionCheck;
import io.tessera.ui.kit.i18n.BundleCheck;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The UI contribution is well-formed: routes, keys and permissions under the module id, bundles complete. */
class CatalogUiTest {

    @Test
    void theContributionPassesTheShellsChecksAndBothBundlesAreComplete() {
        CatalogUi ui = new CatalogUi();
        assertThat(ContributionCheck.problems(ui)).isEmpty();
        assertThat(BundleCheck.problems("i18n.catalog", getClass().getClassLoader(), Locale.GERMAN)).isEmpty();
        assertThat(ui.navigation()).extracting(n -> n.route())
                .containsExactly("catalog/products", "catalog/categories", "catalog/units", "catalog/price-lists",
                        "catalog/product", "catalog/import", "catalog/price-list");
        assertThat(ui.navigation()).filteredOn(n -> !n.hidden()).hasSize(4);
    }
}
