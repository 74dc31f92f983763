package io.tessera.plugins.sales;

import io.tessera.plugins.sales.common.CommonComponents;
import io.tessera.plugins.sales.crm.CrmComponents;
import io.tessera.plugins.sales.order.CustomerOverview;
import io.tessera.plugins.sales.order.OrderComponents;
import io.tessera.plugins.sales.order.PolicyDesk;
import io.tessera.plugins.sales.quotation.QuotationComponents;
import io.tessera.plugins.sales.quotation.QuotationDesk;
import io.tessera.plugins.sales.ui.SalesReads;
import io.tessera.plugins.sales.ui.SalesUi;
import io.tessera.sdk.Components;
import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import io.tessera.sdk.party.PartyReference;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** Declares the sales module to the kernel. */
@Extension
public class SalesModule implements TesseraModule {

    /** Creates the declaration (PF4J instantiates it). */
    public SalesModule() {
    }

    @Override
    public String name() {
        return "Sales";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.ERP;
    }

    @Override
    public String description() {
        return "Quotations priced from the catalog's price lists, sales orders that reserve and deliver stock (with "
                + "inventory), invoices drafted in accounting from ordered or delivered quantities, credit limits.";
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/sales.xml");
    }

    /** Quotations and orders name their customer (and contact): a party they name must not disappear. */
    @Override
    public List<PartyReference> partyReferences() {
        return List.of(
                new PartyReference("sal_quotations", "party_id", "quotations"),
                new PartyReference("sal_quotations", "contact_id", "quotations (as contact)"),
                new PartyReference("sal_orders", "party_id", "sales orders"));
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission("sales.read", "See quotations, orders and customers' credit", true),
                new Permission("sales.write", "Create and confirm quotations; deliver, invoice and cancel orders", true),
                new Permission("sales.manage", "Set customers' credit limits and products' invoicing policies"),
                new Permission("sales.override-credit", "Confirm orders beyond a customer's credit limit"));
    }

    @Override
    public List<Class<?>> components() {
        return Components.of(SalesModule.class)
                .addAll(CommonComponents.all())
                .addAll(OrderComponents.all())
                .addAll(QuotationComponents.all())
                .whenPresent(OrderComponents.INVENTORY_API, OrderComponents::withInventory)
                .whenPresent(CrmComponents.PIPELINE_API, CrmComponents::withPipeline)
                // the views need the shell's UI kit; a host without it (a headless kernel) gets the API alone
                .withUi(() -> List.of(SalesUi.class, SalesReads.class, QuotationDesk.class, CustomerOverview.class,
                        PolicyDesk.class))
                .list();
    }
}
