package io.tessera.plugins.accounting.chart;

import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;

/**
 * Seeds a tenant on enable: settings with the default template ({@value ChartTemplates#DEFAULT}) and its
 * base currency, and that template's chart of accounts. Idempotent: a re-enabled tenant keeps its
 * settings and chart, completed with the automatic-posting roles its template gained since (see
 * {@link Accounts#completeRoles}). Another template can be chosen with {@code PUT /api/v1/accounting/settings}
 * while the ledger is still empty.
 */
class ChartInstaller implements TenantInstaller {

    private final SettingsStore settings;
    private final Accounts accounts;

    ChartInstaller(SettingsStore settings, Accounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @Override
    public void install(InstallContext context) {
        if (settings.find().isEmpty()) {
            ChartTemplate template = ChartTemplates.IFRS;
            settings.create(template.baseCurrency(), template.id());
            if (accounts.isEmpty()) {
                accounts.seed(template);
            }
        } else {
            // a chart seeded before its template gained roles (e.g. the stock accounts) gets them on re-enable
            accounts.completeRoles(settings.lockForUpdate().chartTemplate());
        }
    }
}
