package io.tessera.tenants.billing;

import io.tessera.kernel.migration.DatabaseSettings;
import io.tessera.kernel.migration.SchemaMigrator;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Migrates the billing tables ({@code db/changelog/tenants-billing.xml}) right after the kernel's plugin bootstrap has
 * migrated the kernel and the plugins, with the kernel's migrator (owner role, row-level security applied after). The
 * tables exist whether billing is on or off. A failure stops the server, like a failing kernel migration.
 */
public final class BillingSchema implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    static final String CHANGELOG = "db/changelog/tenants-billing.xml";

    /** Instantiated through {@code META-INF/spring.factories}. */
    public BillingSchema() {
    }

    @Override
    public int getOrder() {
        // after io.tessera.kernel.plugin.PluginBootstrap (HIGHEST_PRECEDENCE + 100)
        return Ordered.HIGHEST_PRECEDENCE + 110;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!context.getEnvironment().containsProperty("tessera.plugins.dir")) {
            return;
        }
        try (SchemaMigrator migrator = new SchemaMigrator(DatabaseSettings.from(context.getEnvironment()))) {
            migrator.migrateModule("tenants-billing", CHANGELOG, BillingSchema.class.getClassLoader()).ifPresent(failure -> {
                throw new IllegalStateException("Billing schema: " + failure);
            });
        }
    }
}
