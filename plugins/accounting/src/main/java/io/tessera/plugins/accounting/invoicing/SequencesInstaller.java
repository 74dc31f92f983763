package io.tessera.plugins.accounting.invoicing;

import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;

/** Creates the document number sequences a tenant lacks (idempotent): INV, BILL, CN and VCN, each from 1. */
class SequencesInstaller implements TenantInstaller {

    static final String[] SEQUENCES = {"INV", "BILL", "CN", "VCN"};

    private final TenantJdbc db;

    SequencesInstaller(TenantJdbc db) {
        this.db = db;
    }

    @Override
    public void install(InstallContext context) {
        for (String name : SEQUENCES) {
            long existing = db.sql().sql("select count(*) from acc_sequences where tenant_id = ? and name = ?")
                    .params(db.tenant(), name).query(Long.class).single();
            if (existing == 0) {
                db.sql().sql("insert into acc_sequences (tenant_id, id, name, next_value) values (?, ?, ?, 1)")
                        .params(db.tenant(), Ids.newId(), name).update();
            }
        }
    }
}
