package io.tessera.kernel.audit;

import io.tessera.kernel.tenancy.HibernateListeners;
import org.hibernate.event.spi.EventType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** Puts the audit trail's entity listener into the one persistence unit. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    HibernateListeners auditHibernateListeners(ObjectMapper json) {
        AuditListener audit = new AuditListener(json::writeValueAsString);
        return registry -> {
            registry.appendListeners(EventType.POST_INSERT, audit);
            registry.appendListeners(EventType.POST_UPDATE, audit);
            registry.appendListeners(EventType.POST_DELETE, audit);
        };
    }
}
