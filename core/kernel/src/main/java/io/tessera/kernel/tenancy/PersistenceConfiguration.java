package io.tessera.kernel.tenancy;

import io.tessera.kernel.plugin.ModuleCatalog;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The single persistence unit: kernel entities plus every healthy module's, Hibernate's tenant
 * resolution and insert guard (plus the listeners of {@link HibernateListeners} beans), and the tenant-aware
 * transaction manager.
 */
@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    /** The kernel's entities (found by scanning its own packages) plus every healthy module's declared ones. */
    @Bean
    PersistenceManagedTypes persistenceManagedTypes(ModuleCatalog catalog, ResourceLoader resourceLoader) {
        List<String> names = new ArrayList<>(new PersistenceManagedTypesScanner(resourceLoader)
                .scan("io.tessera.kernel").getManagedClassNames());
        names.addAll(catalog.entityClassNames());
        return PersistenceManagedTypes.of(names, List.of());
    }

    @Bean
    HibernatePropertiesCustomizer tenancyHibernateProperties(List<HibernateListeners> listeners) {
        return properties -> {
            properties.put("hibernate.tenant_identifier_resolver", new TenantIdentifierResolver());
            properties.put("hibernate.integrator_provider", (IntegratorProvider) () -> List.of(new TenancyIntegrator(listeners)));
        };
    }

    @Bean
    TenantSessionSettings tenantSessionSettings(TransactionSettings settings) {
        return new TenantSessionSettings(settings.postgres());
    }

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory emf, TenantSessionSettings settings) {
        return new TenantAwareTransactionManager(emf, settings);
    }

    /** Registers the insert guard and the other packages' listeners (the audit trail's) with Hibernate. */
    static final class TenancyIntegrator implements Integrator {

        private final List<HibernateListeners> listeners;

        TenancyIntegrator(List<HibernateListeners> listeners) {
            this.listeners = List.copyOf(listeners);
        }

        @Override
        public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
            EventListenerRegistry registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
            registry.appendListeners(EventType.PRE_INSERT, new TenantGuard());
            listeners.forEach(l -> l.register(registry));
        }
    }
}
