package io.tessera.tenants.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keycloak when {@code tessera.keycloak.admin.server-url} is set, local accounts otherwise. */
@Configuration(proxyBeanMethods = false)
class IdentityDirectoryConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty("tessera.keycloak.admin.server-url")
    KeycloakIdentityDirectory keycloakIdentityDirectory(
            @Value("${tessera.keycloak.admin.server-url}") String serverUrl,
            @Value("${tessera.keycloak.admin.realm}") String realm,
            @Value("${tessera.keycloak.admin.client-id}") String clientId,
            @Value("${tessera.keycloak.admin.client-secret}") String clientSecret) {
        return new KeycloakIdentityDirectory(serverUrl, realm, clientId, clientSecret);
    }

    @Bean
    @ConditionalOnMissingBean(IdentityDirectory.class)
    IdentityDirectory localIdentityDirectory() {
        return new LocalIdentityDirectory();
    }
}
