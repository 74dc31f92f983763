package io.tessera.plugins.mrp.common;

import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;

/** Creates the tenant's MRP state row on enable (idempotent: enabling again adds nothing). */
class MrpInstaller implements TenantInstaller {

    private final Db db;

    MrpInstaller(Db db) {
        this.db = db;
    }

    @Override
    public void install(InstallContext context) {
        db.sql().sql("insert into mrp_tenant_state (tenant_id) values (?) on conflict do nothing")
                .param(db.tenant()).update();
    }
}
