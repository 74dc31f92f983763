package io.tessera.plugins.accounting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.ui.kit.ContributionCheck;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import io.tessera.ui.kit.i18n.BundleCheck;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountingUiTest {

    @Test
    void contributionFollowsTheKitsConventionsAndBothLanguagesAreComplete() {
        AccountingUi ui = new AccountingUi(null, null, null);
        assertThat(ContributionCheck.problems(ui)).isEmpty();
        assertThat(BundleCheck.problems("i18n.accounting", getClass().getClassLoader(), Locale.GERMAN)).isEmpty();
        assertThat(ui.navigation()).extracting(NavItem::group).containsOnly(NavGroup.ERP);
        assertThat(ui.navigation()).filteredOn(NavItem::hidden).extracting(NavItem::route)
                .containsExactly("accounting/invoice", "accounting/ledger");
        assertThat(ui.dashboardWidgets()).hasSize(1);
        assertThat(ui.partyPanels()).hasSize(1);
    }

    @Test
    void everyKeyTheViewsBuildAtRuntimeExists() {
        Set<String> keys = BundleCheck.keys("i18n.accounting", getClass().getClassLoader());
        for (ReportKind kind : ReportKind.values()) {
            assertThat(keys).contains(kind.key(), "accounting.reports.result." + kind.key().substring("accounting.report.".length()));
        }
        for (var type : io.tessera.plugins.accounting.chart.AccountType.values()) {
            assertThat(keys).contains("accounting.type." + type.name().toLowerCase());
        }
        assertThat(keys).contains("accounting.state.posted", "accounting.state.draft");
        // the receivables views build these from the document's kind and state
        assertThat(keys).contains("accounting.kind.customer", "accounting.kind.vendor", "accounting.kind.creditNote",
                "accounting.invoice.state.draft", "accounting.invoice.state.posted", "accounting.aged.customer",
                "accounting.aged.vendor");
    }
}
