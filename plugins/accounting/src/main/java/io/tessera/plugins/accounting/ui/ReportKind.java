package io.tessera.plugins.accounting.ui;

import io.tessera.plugins.accounting.chart.AccountType;
import java.util.Set;

/** The reports the reports view shows, by the account types each one lists. */
enum ReportKind {
    TRIAL_BALANCE(Set.of(AccountType.values()), true),
    PROFIT_AND_LOSS(Set.of(AccountType.INCOME, AccountType.EXPENSE), true),
    BALANCE_SHEET(Set.of(AccountType.ASSET, AccountType.LIABILITY, AccountType.EQUITY), false);

    private final Set<AccountType> types;
    private final boolean period;

    ReportKind(Set<AccountType> types, boolean period) {
        this.types = types;
        this.period = period;
    }

    boolean lists(AccountType type) {
        return types.contains(type);
    }

    /** Whether the report covers a period (from–to); otherwise everything up to a date. */
    boolean period() {
        return period;
    }

    String key() {
        return "accounting.report." + name().toLowerCase().replace('_', '-');
    }
}
