package io.tessera.plugins.accounting.tax;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import java.util.List;

/** The tax codes for the views: each call is one transaction, with the same rules as the REST endpoints. */
public class TaxBook {

    private final TaxCodes codes;
    private final TenantJdbc db;

    TaxBook(TaxCodes codes, TenantJdbc db) {
        this.codes = codes;
        this.db = db;
    }

    /**
     * Every code, sales first.
     *
     * @return the codes
     */
    @RequiresPermission("accounting.read")
    public List<TaxCode> codes() {
        return db.tx().write(() -> codes.list(null));
    }

    /**
     * Adds a code.
     *
     * @param body the code
     * @return the code created
     * @throws io.tessera.sdk.web.ApiProblem 422 naming every bad field, 409 for a duplicate
     */
    @RequiresPermission("accounting.manage")
    public TaxCode create(TaxCodeBody body) {
        return db.tx().write(() -> codes.create(body));
    }

    /**
     * Adds the chart template's codes the tenant does not have yet.
     *
     * @return the number added
     */
    @RequiresPermission("accounting.manage")
    public int seed() {
        return db.tx().write(codes::seed);
    }
}
