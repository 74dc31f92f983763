package io.tessera.plugins.inventory.valuation;

import java.util.Optional;

/**
 * Finds the current tenant's {@link LedgerBooks}. Implemented by {@link AccountingLedger}, registered only where the
 * accounting plugin is on the server; where it is not, there is no bean and the valuation writes layers only.
 */
interface GeneralLedger {

    /**
     * The books of the current tenant.
     *
     * @return the books, or empty when the tenant has not enabled accounting
     */
    Optional<LedgerBooks> books();
}
