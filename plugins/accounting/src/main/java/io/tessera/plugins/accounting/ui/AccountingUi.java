package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.plugins.accounting.invoicing.PartyAccounts;
import io.tessera.plugins.accounting.invoicing.Receivables;
import io.tessera.plugins.accounting.reports.Reports;
import io.tessera.ui.kit.DashboardWidget;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import io.tessera.ui.kit.PartyPanel;
import java.util.List;

/**
 * What the accounting module contributes to the shell: its views (ERP group), the finance widget and the panel on a
 * party's customer-360 page.
 */
public class AccountingUi implements ModuleUi {

    static final String READ = "accounting.read";
    static final String WRITE = "accounting.write";
    static final String MANAGE = "accounting.manage";
    static final String INVOICE_ROUTE = "accounting/invoice";

    private final Reports reports;
    private final PartyAccounts partyAccounts;
    private final Receivables receivables;

    AccountingUi(Reports reports, PartyAccounts partyAccounts, Receivables receivables) {
        this.reports = reports;
        this.receivables = receivables;
        this.partyAccounts = partyAccounts;
    }

    @Override
    public String moduleId() {
        return "accounting";
    }

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem("accounting/entry", EntryFormView.class, "accounting.nav.entry", VaadinIcon.PLUS_CIRCLE,
                        NavGroup.ERP, WRITE),
                new NavItem("accounting/journal", JournalView.class, "accounting.nav.journal", VaadinIcon.BOOK,
                        NavGroup.ERP, WRITE),
                new NavItem("accounting/invoices", InvoicesView.class, "accounting.nav.invoices", VaadinIcon.INVOICE,
                        NavGroup.ERP, READ),
                new NavItem("accounting/payment", PaymentView.class, "accounting.nav.payment", VaadinIcon.MONEY_EXCHANGE,
                        NavGroup.ERP, WRITE),
                new NavItem("accounting/aged", AgedView.class, "accounting.nav.aged", VaadinIcon.CLOCK,
                        NavGroup.ERP, READ),
                new NavItem("accounting/dunning", DunningView.class, "accounting.nav.dunning", VaadinIcon.ENVELOPES,
                        NavGroup.ERP, WRITE),
                new NavItem(INVOICE_ROUTE, InvoiceFormView.class, "accounting.nav.invoice", VaadinIcon.FILE_TEXT,
                        NavGroup.ERP, WRITE, true),
                new NavItem("accounting/reports", ReportsView.class, "accounting.nav.reports", VaadinIcon.CHART,
                        NavGroup.ERP, READ),
                new NavItem("accounting/tax-report", TaxReportView.class, "accounting.nav.taxReport", VaadinIcon.PIE_CHART,
                        NavGroup.ERP, READ),
                new NavItem("accounting/bank", BankingView.class, "accounting.nav.bank", VaadinIcon.PIGGY_BANK,
                        NavGroup.ERP, WRITE),
                new NavItem("accounting/tax-codes", TaxCodesView.class, "accounting.nav.taxCodes", VaadinIcon.SCALE,
                        NavGroup.ERP, MANAGE),
                new NavItem("accounting/chart", ChartView.class, "accounting.nav.chart", VaadinIcon.TREE_TABLE,
                        NavGroup.ERP, MANAGE),
                new NavItem("accounting/ledger", LedgerView.class, "accounting.nav.ledger", VaadinIcon.LIST,
                        NavGroup.ERP, READ, true));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget("accounting.widget.finance", READ, () -> new FinanceWidget(reports, receivables)));
    }

    @Override
    public List<PartyPanel> partyPanels() {
        return List.of(new PartyPanel("accounting.panel.title", READ, id -> new PartyPanelView(partyAccounts.of(id)), 40));
    }
}
