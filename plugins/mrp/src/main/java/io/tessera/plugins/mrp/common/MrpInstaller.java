package io.tessera.plugins.mrp.common;

import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import io.tessera.sdk.persistence.TenantJdbc;

/** Creates the tenant's MRP state row on enable (idempotent: enabling again adds nothing). */
class MrpInstaller implements TenantInstaller {

    private final TenantJdbc db;

    MrpInstaller(TenantJdbc db) {
        this.db = db;
    }

    @Override
    public void install(InstallContext context) {
        db.sql().sql("insert into mrp_tenant_state (tenant_id) values (?) on conflict do nothing")
                .param(db.tenant()).update();
    }
}
