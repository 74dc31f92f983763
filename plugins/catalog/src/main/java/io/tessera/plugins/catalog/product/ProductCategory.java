package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.CategoryAccounts;
import io.tessera.plugins.catalog.api.CostMethod;
import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A product category: how its products' stock is valued and which ledger accounts it posts to. */
@Entity
@Table(name = "catalog_categories")
class ProductCategory extends TenantScopedEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_method", nullable = false, length = 16)
    private CostMethod costMethod;

    @Column(name = "inventory_account", length = 32)
    private String inventoryAccount;

    @Column(name = "cogs_account", length = 32)
    private String cogsAccount;

    @Column(name = "grni_account", length = 32)
    private String grniAccount;

    @Column(name = "is_default", nullable = false)
    private boolean defaultCategory;

    protected ProductCategory() {
    }

    ProductCategory(String name, CostMethod costMethod, CategoryAccounts accounts, boolean defaultCategory) {
        describe(name, costMethod, accounts);
        this.defaultCategory = defaultCategory;
    }

    void describe(String newName, CostMethod newCostMethod, CategoryAccounts accounts) {
        this.name = newName;
        this.costMethod = newCostMethod;
        this.inventoryAccount = accounts.inventory();
        this.cogsAccount = accounts.costOfGoodsSold();
        this.grniAccount = accounts.stockReceivedNotBilled();
    }

    String getName() {
        return name;
    }

    CostMethod getCostMethod() {
        return costMethod;
    }

    CategoryAccounts accounts() {
        return new CategoryAccounts(inventoryAccount, cogsAccount, grniAccount);
    }

    boolean isDefaultCategory() {
        return defaultCategory;
    }
}
