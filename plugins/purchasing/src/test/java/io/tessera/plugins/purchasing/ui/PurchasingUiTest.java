package io.tessera.plugins.purchasing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.ui.kit.ContributionCheck;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import io.tessera.ui.kit.i18n.BundleCheck;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contribution follows the kit's conventions and both languages have every key the views build. */
class PurchasingUiTest {

    @Test
    void contributionFollowsTheKitsConventionsAndBothLanguagesAreComplete() {
        PurchasingUi ui = new PurchasingUi(null); // the checks only read the static contribution
        assertThat(ContributionCheck.problems(ui)).isEmpty();
        assertThat(BundleCheck.problems("i18n.purchasing", getClass().getClassLoader(), Locale.GERMAN)).isEmpty();
        assertThat(ui.navigation()).extracting(NavItem::group).containsOnly(NavGroup.ERP);
        assertThat(ui.navigation()).filteredOn(NavItem::hidden).extracting(NavItem::route)
                .containsExactly("purchasing/new", "purchasing/order");
    }

    @Test
    void everyKeyTheViewsBuildAtRuntimeExists() {
        Set<String> keys = BundleCheck.keys("i18n.purchasing", getClass().getClassLoader());
        for (String state : new String[] {"DRAFT", "CONFIRMED", "DONE", "CANCELLED"}) {
            assertThat(keys).contains("purchasing.state." + state);
        }
        for (String status : new String[] {"DRAFT", "TO_RECEIVE", "TO_BILL", "DONE", "CANCELLED"}) {
            assertThat(keys).contains("purchasing.status." + status);
        }
        assertThat(keys).contains("purchasing.billState.HELD", "purchasing.billState.POSTED");
    }
}
