package io.tessera.plugins.mrp;

import io.tessera.plugins.mrp.bom.BomComponents;
import io.tessera.plugins.mrp.common.CommonComponents;
import io.tessera.plugins.mrp.planning.PlanningComponents;
import io.tessera.plugins.mrp.production.ProductionComponents;
import io.tessera.plugins.mrp.routing.RoutingComponents;
import io.tessera.sdk.Components;
import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** Declares the MRP module to the kernel. */
@Extension
public class MrpModule implements TesseraModule {

    /** Creates the declaration (PF4J instantiates it). */
    public MrpModule() {
    }

    @Override
    public String name() {
        return "Manufacturing (MRP)";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.ERP;
    }

    @Override
    public String description() {
        return "Bills of materials with low-level codes, work centers and routings, manufacturing orders that consume "
                + "components and produce finished goods, and a time-phased MRP run.";
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/mrp.xml");
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission("mrp.read", "See bills of materials, routings, manufacturing orders and MRP runs", true),
                new Permission("mrp.write", "Create, confirm and produce manufacturing orders, run MRP", true),
                new Permission("mrp.manage", "Maintain bills of materials, work centers and routings"));
    }

    @Override
    public List<Class<?>> components() {
        return Components.of(MrpModule.class)
                .addAll(CommonComponents.all())
                .addAll(RoutingComponents.all())
                .addAll(BomComponents.all())
                .addAll(ProductionComponents.all())
                .addAll(PlanningComponents.all())
                .whenPresent(ProductionComponents.ACCOUNTING_API, ProductionComponents::withAccounting)
                .whenPresent(PlanningComponents.SALES_API, PlanningComponents::withSales)
                // the views need the shell's UI kit; a host without it (a headless kernel) gets the API alone
                .withUi(() -> List.of(io.tessera.plugins.mrp.ui.MrpUi.class))
                .list();
    }
}
