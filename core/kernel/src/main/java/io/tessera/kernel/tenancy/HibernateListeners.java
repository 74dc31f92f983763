package io.tessera.kernel.tenancy;

import org.hibernate.event.service.spi.EventListenerRegistry;

/**
 * Hibernate event listeners another kernel package adds to the one persistence unit, next to the tenancy's own insert
 * guard — the audit trail's, for one. A bean of this type is registered when the session factory is built.
 */
@FunctionalInterface
public interface HibernateListeners {

    /**
     * Appends the listeners.
     *
     * @param registry the session factory's listener registry
     */
    void register(EventListenerRegistry registry);
}
