package ${package};

import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import jakarta.persistence.EntityManager;

/**
 * Runs when a tenant enables the module, in the enabling transaction; idempotent (enabling again, after a detach,
 * adds nothing). Nothing to seed for a real tenant; a demo tenant gets two entries.
 */
class ${prefix}Installer implements TenantInstaller {

    private final EntityManager em;

    ${prefix}Installer(EntityManager em) {
        this.em = em;
    }

    @Override
    public void install(InstallContext context) {
        if (!context.demoData()
                || em.createQuery("select count(e) from ${prefix}Entry e", Long.class).getSingleResult() > 0) {
            return;
        }
        em.persist(new ${prefix}Entry("Welcome to ${name}", "An entry of the demo data."));
        em.persist(new ${prefix}Entry("Try the API", "GET /api/v1/${id}/entries lists the entries."));
    }
}
