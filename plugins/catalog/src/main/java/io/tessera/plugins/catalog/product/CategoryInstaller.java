package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.CategoryAccounts;
import io.tessera.plugins.catalog.api.CostMethod;
import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import jakarta.persistence.EntityManager;

/**
 * Seeds the default category ("All products", FIFO, the chart's default accounts) on enable, once: a tenant that
 * has one keeps it, whatever it changed.
 */
class CategoryInstaller implements TenantInstaller {

    private final EntityManager em;

    CategoryInstaller(EntityManager em) {
        this.em = em;
    }

    @Override
    public void install(InstallContext context) {
        boolean present = !em.createQuery("select c.id from ProductCategory c where c.defaultCategory = true",
                java.util.UUID.class).setMaxResults(1).getResultList().isEmpty();
        if (!present) {
            em.persist(new ProductCategory(CategoryService.DEFAULT_NAME, CostMethod.FIFO, CategoryAccounts.DEFAULTS, true));
            em.flush();
        }
    }
}
