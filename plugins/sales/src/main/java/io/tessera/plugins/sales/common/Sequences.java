package io.tessera.plugins.sales.common;

import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;

/** Document numbers per tenant ({@code SQ-000001}, {@code SO-000001}); the installer creates the sequences a tenant lacks. */
public final class Sequences implements TenantInstaller {

    /** Quotation numbers. */
    public static final String QUOTATION = "SQ";
    /** Order numbers. */
    public static final String ORDER = "SO";

    private final TenantJdbc db;

    Sequences(TenantJdbc db) {
        this.db = db;
    }

    @Override
    public void install(InstallContext context) {
        for (String name : new String[] {QUOTATION, ORDER}) {
            long existing = db.sql().sql("select count(*) from sal_sequences where tenant_id = ? and name = ?")
                    .params(db.tenant(), name).query(Long.class).single();
            if (existing == 0) {
                db.sql().sql("insert into sal_sequences (tenant_id, name, next_value) values (?, ?, 1)")
                        .params(db.tenant(), name).update();
            }
        }
    }

    /**
     * The next number of a sequence; call inside the document's transaction (the row stays locked until it ends, so
     * numbers have no gaps).
     *
     * @param name {@link #QUOTATION} or {@link #ORDER}
     * @return the number, e.g. {@code SO-000042}
     */
    public String next(String name) {
        int updated = db.sql().sql("update sal_sequences set next_value = next_value + 1 where tenant_id = ? and name = ?")
                .params(db.tenant(), name).update();
        if (updated == 0) {
            throw ApiProblem.conflict("Sales is not set up for this tenant; enable the module through the admin API");
        }
        long value = db.sql().sql("select next_value - 1 from sal_sequences where tenant_id = ? and name = ?")
                .params(db.tenant(), name).query(Long.class).single();
        return "%s-%06d".formatted(name, value);
    }
}
