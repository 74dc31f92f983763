package io.tessera.kernel.tenancy;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one transaction manager: a JPA transaction whose first statement pins the current tenant and
 * user into the transaction-local database settings that row-level security reads. JDBC code in the
 * same transaction shares the connection and so the settings.
 */
final class TenantAwareTransactionManager extends JpaTransactionManager {

    private final transient TenantSessionSettings settings;

    TenantAwareTransactionManager(EntityManagerFactory emf, TenantSessionSettings settings) {
        super(emf);
        this.settings = settings;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        if (holder == null) {
            throw new IllegalStateException("No EntityManager bound after transaction begin");
        }
        holder.getEntityManager().unwrap(Session.class).doWork(settings::apply);
    }
}
