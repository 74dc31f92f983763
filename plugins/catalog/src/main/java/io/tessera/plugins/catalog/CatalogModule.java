package io.tessera.plugins.catalog;

import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.pricing.PricingComponents;
import io.tessera.plugins.catalog.product.ProductComponents;
import io.tessera.plugins.catalog.uom.UomComponents;
import io.tessera.sdk.Components;
import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import io.tessera.sdk.party.PartyReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** Declares the catalog module to the kernel: products, units, categories, price lists and suppliers. */
@Extension
public class CatalogModule implements TesseraModule {

    /** Created by PF4J. */
    public CatalogModule() {
    }

    @Override
    public String name() {
        return "Catalog";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.ERP;
    }

    @Override
    public String description() {
        return "Products and variants, units of measure with exact conversions, product categories with costing "
                + "method and stock accounts, price lists with quantity breaks and customer prices, and supplier "
                + "information: the master data of inventory, sales, purchasing and manufacturing.";
    }

    @Override
    public List<Class<?>> entityClasses() {
        List<Class<?>> entities = new ArrayList<>();
        entities.addAll(UomComponents.entities());
        entities.addAll(ProductComponents.entities());
        entities.addAll(PricingComponents.entities());
        return List.copyOf(entities);
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/catalog.xml");
    }

    /** Suppliers of products and customers of price lists: a party they name must not disappear. */
    @Override
    public List<PartyReference> partyReferences() {
        return List.of(
                new PartyReference("catalog_supplier_info", "party_id", "supplier information of products"),
                new PartyReference("catalog_price_lists", "party_id", "customer price lists"));
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(CatalogPermissions.READ, "See products, units, categories, price lists and suppliers", true),
                new Permission(CatalogPermissions.WRITE, "Create and change products, units, categories, price lists "
                        + "and suppliers", true));
    }

    @Override
    public List<Class<?>> components() {
        return Components.of(CatalogModule.class)
                .addAll(UomComponents.all())
                .addAll(ProductComponents.all())
                .addAll(PricingComponents.all())
                // a category's stock accounts are picked from accounting's chart where that plugin is on the server
                .whenPresent(ProductComponents.ACCOUNTING_API, ProductComponents::withAccounting)
                .whenAbsent(ProductComponents.ACCOUNTING_API, ProductComponents::withoutAccounting)
                // the views need the shell's UI kit; a headless kernel gets the API alone
                .withUi(() -> List.of(io.tessera.plugins.catalog.ui.CatalogUi.class))
                .list();
    }
}
