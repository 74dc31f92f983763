package io.tessera.kernel.tenancy;

import io.tessera.sdk.persistence.TenantScopedEntity;
import java.util.Arrays;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;

/**
 * Refuses to insert a tenant-owned entity outside tenant scope or for another tenant. On PostgreSQL
 * row-level security refuses it too; on the embedded database this is the only guard.
 */
final class TenantGuard implements PreInsertEventListener {

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        if (!(event.getEntity() instanceof TenantScopedEntity)) {
            return false;
        }
        int position = Arrays.asList(event.getPersister().getPropertyNames()).indexOf("tenantId");
        Object explicit = position < 0 ? null : event.getState()[position];
        // Hibernate fills a missing tenant id from the session's tenant after this event
        Object tenant = explicit != null ? explicit : event.getSession().getTenantIdentifierValue();
        boolean matches = TenantContext.tenant().map(t -> t.id().equals(tenant)).orElse(false);
        if (!matches) {
            throw new IllegalStateException("Cannot insert " + event.getPersister().getEntityName()
                    + (TenantContext.tenant().isEmpty() ? " outside tenant scope" : " for another tenant"));
        }
        return false;
    }
}
