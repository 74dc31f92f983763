package io.tessera.plugins.accounting.ledger;

import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Exchange rates by date: units of the base currency per unit of a currency. */
public class Rates {

    private final TenantJdbc db;

    Rates(TenantJdbc db) {
        this.db = db;
    }

    /**
     * The rate in force on a date: the latest one dated on or before it.
     *
     * @param currency the currency
     * @param date     the date
     * @return the rate, or empty when none is dated on or before the date
     */
    public Optional<BigDecimal> on(String currency, LocalDate date) {
        return db.sql().sql("select rate from acc_rates where tenant_id = ? and currency = ? and rate_date <= ? "
                        + "order by rate_date desc limit 1")
                .params(db.tenant(), currency, date).query(BigDecimal.class).optional();
    }
}
