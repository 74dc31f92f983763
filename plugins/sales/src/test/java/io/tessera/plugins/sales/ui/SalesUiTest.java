package io.tessera.plugins.sales.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.ui.kit.ContributionCheck;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import io.tessera.ui.kit.RecordPanel;
import io.tessera.ui.kit.i18n.BundleCheck;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contribution follows the kit's conventions and both languages have every key the views build at run time. */
class SalesUiTest {

    @Test
    void contributionFollowsTheKitsConventionsAndBothLanguagesAreComplete() {
        SalesUi ui = new SalesUi(null, null, null); // the checks only read the static contribution
        assertThat(ContributionCheck.problems(ui)).isEmpty();
        assertThat(BundleCheck.problems("i18n.sales", getClass().getClassLoader(), Locale.GERMAN)).isEmpty();
        assertThat(ui.navigation()).extracting(NavItem::group).containsOnly(NavGroup.ERP);
        assertThat(ui.navigation()).filteredOn(NavItem::hidden).extracting(NavItem::route)
                .containsExactly("sales/quotation", "sales/order");
        assertThat(ui.partyPanels()).hasSize(1);
        assertThat(ui.recordPanels()).extracting(RecordPanel::recordType).containsExactly(RecordPanel.OPPORTUNITY);
        assertThat(ui.dashboardWidgets()).hasSize(1);
    }

    @Test
    void everyKeyTheViewsBuildAtRuntimeExists() {
        Set<String> keys = BundleCheck.keys("i18n.sales", getClass().getClassLoader());
        for (String state : SalesReads.QUOTATION_STATES) {
            assertThat(keys).contains("sales.state." + state);
        }
        for (String status : new String[] {"TO_DELIVER", "TO_INVOICE", "FULLY_INVOICED", "DONE", "CANCELLED"}) {
            assertThat(keys).contains("sales.status." + status);
        }
        // every field a refusal of a quotation may name reads as words
        for (String field : new String[] {"partyId", "contactId", "opportunityId", "currency", "date", "validUntil",
            "promisedDate", "creditLimit", "lines",
            "productId", "description", "quantity", "uom", "unitPrice", "discount", "taxRate"}) {
            assertThat(keys).contains("sales.field." + field);
        }
    }
}
