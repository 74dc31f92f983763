package io.tessera.plugins.catalog.uom;

import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;

/** Seeds the standard units on enable, adding only those the tenant lacks (idempotent, never overwrites). */
class UomInstaller implements TenantInstaller {

    private final EntityManager em;

    UomInstaller(EntityManager em) {
        this.em = em;
    }

    @Override
    public void install(InstallContext context) {
        Set<String> existing = new HashSet<>(em.createQuery("select u.code from Unit u", String.class).getResultList());
        for (UnitInfo unit : StandardUnits.ALL) {
            if (!existing.contains(unit.code())) {
                em.persist(new Unit(unit));
            }
        }
        em.flush();
    }
}
