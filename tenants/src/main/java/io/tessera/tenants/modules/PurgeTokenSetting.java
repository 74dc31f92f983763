package io.tessera.tenants.modules;

import io.tessera.kernel.cluster.SharedSetting;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Purge confirmation tokens must verify on whichever node the purge request reaches: their key is shared. */
@Configuration(proxyBeanMethods = false)
class PurgeTokenSetting {

    @Bean
    SharedSetting purgeTokenSecret() {
        return new SharedSetting("tessera.purge.token-secret", "the key of purge confirmation tokens");
    }
}
