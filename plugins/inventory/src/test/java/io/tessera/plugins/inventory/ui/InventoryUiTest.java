package io.tessera.plugins.inventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.plugins.inventory.transfer.Kind;
import io.tessera.ui.kit.ContributionCheck;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import io.tessera.ui.kit.i18n.BundleCheck;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contribution follows the kit's conventions and both languages have every key the views build. */
class InventoryUiTest {

    @Test
    void contributionFollowsTheKitsConventionsAndBothLanguagesAreComplete() {
        InventoryUi ui = new InventoryUi(null, null, null); // the checks only read the static contribution
        assertThat(ContributionCheck.problems(ui)).isEmpty();
        assertThat(BundleCheck.problems("i18n.inventory", getClass().getClassLoader(), Locale.GERMAN)).isEmpty();
        assertThat(ui.navigation()).extracting(NavItem::group).containsOnly(NavGroup.ERP);
        assertThat(ui.navigation()).filteredOn(NavItem::hidden).extracting(NavItem::route).containsExactly("inventory/transfer", "inventory/product",
                "inventory/new-transfer", "inventory/count");
    }

    @Test
    void everyKeyTheViewsBuildAtRuntimeExists() {
        Set<String> keys = BundleCheck.keys("i18n.inventory", getClass().getClassLoader());
        for (Kind kind : Kind.values()) {
            assertThat(keys).contains("inventory.kind." + kind.api());
        }
        for (String state : new String[] {"draft", "confirmed", "assigned", "done", "cancelled"}) {
            assertThat(keys).contains("inventory.state." + state);
        }
        for (String state : new String[] {"draft", "done"}) {
            assertThat(keys).contains("inventory.counts.state." + state);
        }
        // every field a refusal of the forms' requests can name is shown in words
        for (String field : new String[] {"warehouseId", "partyId", "date", "lines", "productId", "productIds", "quantity",
                "uom", "unitCost", "lot", "expiry", "serials", "locationId", "countedQuantity", "min", "max", "multiple",
                "leadTimeDays"}) {
            assertThat(keys).contains("inventory.field." + field);
        }
    }
}
