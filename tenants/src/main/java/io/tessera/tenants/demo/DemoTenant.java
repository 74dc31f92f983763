package io.tessera.tenants.demo;

import io.tessera.kernel.account.TenantDirectory;
import io.tessera.kernel.account.TenantProvisioning;
import io.tessera.kernel.config.StartupBanner;
import io.tessera.kernel.module.ModuleLifecycle;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.TenantRef;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On first start with an empty database, creates the tenant {@code demo} with an admin account and
 * every available module enabled with its demo data, and shows the credentials once, in the startup banner.
 * On by default for the embedded database only; {@code tessera.demo.enabled=true|false} overrides that.
 */
@Component
class DemoTenant implements ApplicationRunner {

    static final String SLUG = "demo";
    static final String EMAIL = "admin@demo.local";

    private final TenantDirectory tenants;
    private final TenantProvisioning provisioning;
    private final ModuleCatalog catalog;
    private final ModuleLifecycle lifecycle;
    private final StartupBanner banner;
    private final boolean enabled;
    private final String password;

    DemoTenant(TenantDirectory tenants, TenantProvisioning provisioning, ModuleCatalog catalog, ModuleLifecycle lifecycle, StartupBanner banner,
               TransactionSettings settings,
               @Value("${tessera.demo.enabled:#{null}}") Boolean enabled,
               @Value("${tessera.demo.password:}") String password) {
        this.tenants = tenants;
        this.provisioning = provisioning;
        this.catalog = catalog;
        this.lifecycle = lifecycle;
        this.banner = banner;
        this.enabled = enabled != null ? enabled : !settings.postgres();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (tenants.tenants(0, 1).getTotalElements() > 0) {
            if (tenants.findTenant(SLUG).isPresent()) {
                banner.note("Demo sign-in", EMAIL + "  (password shown when the demo tenant was created)");
            }
            return;
        }
        boolean generated = password.isBlank();
        String secret = generated ? generatePassword() : password;
        // the server creating its demo tenant is system work
        TenantRef demo = TenantContext.callWithoutTenant(() ->
                provisioning.provisionTenant(SLUG, "Demo Company", new TenantProvisioning.AdminSpec(EMAIL, "Demo Admin", secret)));
        TenantContext.runAs(demo, () -> {
            for (InstalledModule module : catalog.healthy()) {
                lifecycle.enable(module.id(), true);
            }
        });
        banner.note("Demo sign-in", EMAIL + " / " + (generated ? secret + "  (created now; shown only this once)"
                : "(tessera.demo.password)") + ", tenant '" + SLUG + "' with " + catalog.healthy().size() + " module(s)");
    }

    private static String generatePassword() {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
