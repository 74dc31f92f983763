package io.tessera.plugins.accounting;

import io.tessera.plugins.accounting.banking.BankingComponents;
import io.tessera.plugins.accounting.chart.ChartComponents;
import io.tessera.plugins.accounting.common.CommonComponents;
import io.tessera.plugins.accounting.documents.DocumentsComponents;
import io.tessera.plugins.accounting.dunning.DunningComponents;
import io.tessera.plugins.accounting.invoicing.InvoicingComponents;
import io.tessera.plugins.accounting.ledger.LedgerComponents;
import io.tessera.plugins.accounting.reports.ReportsComponents;
import io.tessera.plugins.accounting.tax.TaxComponents;
import io.tessera.plugins.accounting.ui.AccountingUi;
import io.tessera.sdk.Components;
import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import io.tessera.sdk.party.PartyReference;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** Declares the accounting module to the kernel. */
@Extension
public class AccountingModule implements TesseraModule {

    /** Creates the declaration (PF4J instantiates it). */
    public AccountingModule() {
    }

    @Override
    public String name() {
        return "Accounting";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.ERP;
    }

    @Override
    public String description() {
        return "Double-entry general ledger with a chart of accounts, multi-currency journal entries, fiscal periods and "
                + "a lock date, tax codes and the tax report, customer invoices, vendor bills, credit notes, payments, bank accounts, "
                + "statement import and reconciliation, aged balances and financial reports.";
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/accounting.xml");
    }

    /** The ledger is append-only even for deletion, so purge and offboarding erase through this function. */
    @Override
    public Optional<String> eraseFunction() {
        return Optional.of("acc_erase_tenant");
    }

    /** Invoices, payments and journal lines of a party: the ledger must keep naming its customers and suppliers. */
    @Override
    public List<PartyReference> partyReferences() {
        return List.of(
                new PartyReference("acc_invoices", "party_id", "invoices and credit notes"),
                new PartyReference("acc_payments", "party_id", "payments"),
                new PartyReference("acc_lines", "party_id", "journal lines"),
                new PartyReference("acc_draft_lines", "party_id", "draft journal lines"),
                new PartyReference("acc_party_tax_defaults", "party_id", "default tax codes"));
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission("accounting.read", "See the chart of accounts, entries, invoices, payments and reports", true),
                new Permission("accounting.write", "Create and post journal entries, invoices and payments", true),
                new Permission("accounting.manage", "Change the chart of accounts, settings, periods, rates and the lock date"));
    }

    @Override
    public List<Class<?>> components() {
        return Components.of(AccountingModule.class)
                .addAll(CommonComponents.all())
                .addAll(ChartComponents.all())
                .addAll(LedgerComponents.all())
                .addAll(TaxComponents.all())
                .addAll(InvoicingComponents.all())
                .addAll(ReportsComponents.all())
                .addAll(BankingComponents.all())
                .addAll(DocumentsComponents.all())
                .addAll(DunningComponents.all())
                // sent mails go into the party's activity timeline where the activities module is installed
                .whenPresent(DocumentsComponents.ACTIVITIES_API, DocumentsComponents::withActivities)
                // the views need the shell's UI kit; a host without it (a headless kernel) gets the API alone
                .withUi(() -> List.of(AccountingUi.class))
                .list();
    }
}
