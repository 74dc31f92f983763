package io.tessera.kernel.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The third filter chain when no UI is present: every request outside the APIs is denied. A UI
 * defines its own chain for those requests under the bean name {@link #UI_CHAIN} and orders its
 * auto-configuration before this one, which then yields.
 */
@AutoConfiguration
@ConditionalOnMissingBean(name = FallbackSecurityAutoConfiguration.UI_CHAIN)
public class FallbackSecurityAutoConfiguration {

    /** The bean name of a UI's security filter chain (for every request the API chains do not match). */
    public static final String UI_CHAIN = "uiSecurityFilterChain";

    /** Created by Spring. */
    public FallbackSecurityAutoConfiguration() {
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a.requestMatchers("/error").permitAll().anyRequest().denyAll())
                .build();
    }
}
