package io.tessera.kernel.cluster;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With {@code tessera.cluster.enabled=true} (several nodes on one database), refuses to start a node while any
 * {@link SharedSetting} is unset, naming each missing property: a node left to make up its own secret would refuse
 * what the others issued. Off by default, where a single node may make its own. The kernel's own: the platform
 * operator's password ({@code tessera.platform.admin.password}, else random per node).
 */
@Configuration(proxyBeanMethods = false)
class ClusterSettingsCheck {

    /** The property that declares a multi-node deployment. */
    static final String ENABLED = "tessera.cluster.enabled";

    @Bean
    SharedSetting platformAdminPassword() {
        return new SharedSetting("tessera.platform.admin.password", "the platform operator's password");
    }

    @Bean
    SmartInitializingSingleton clusterSettingsRefusal(Environment environment, ObjectProvider<SharedSetting> settings,
                                                      @Value("${" + ENABLED + ":false}") boolean enabled) {
        return () -> {
            if (!enabled) {
                return;
            }
            if (!environment.getRequiredProperty("spring.datasource.url").toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException(ENABLED + "=true needs PostgreSQL (spring.datasource.url): the embedded "
                        + "database serves one node only");
            }
            List<String> missing = settings.orderedStream()
                    .filter(s -> environment.getProperty(s.property(), "").isBlank())
                    .map(s -> s.property() + " (" + s.purpose() + ")")
                    .distinct()
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException(ENABLED + "=true, but these settings must be configured once for the "
                        + "whole cluster and are not set: " + String.join(", ", missing));
            }
        };
    }
}
