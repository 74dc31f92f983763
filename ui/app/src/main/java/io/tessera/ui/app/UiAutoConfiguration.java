package io.tessera.ui.app;

import io.tessera.kernel.security.FallbackSecurityAutoConfiguration;
import com.vaadin.flow.spring.SpringSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;

/**
 * Adds the Vaadin UI to a Tessera application when this jar is on the class path: its security chain
 * replaces the kernel's deny-all fallback, its navigation access control replaces Vaadin's default
 * (so it is configured before Vaadin's security auto-configuration), and its routes are found in this package.
 */
@AutoConfiguration(before = {FallbackSecurityAutoConfiguration.class, SpringSecurityAutoConfiguration.class})
@AutoConfigurationPackage
@ComponentScan
public class UiAutoConfiguration {

    /** Created by Spring. */
    public UiAutoConfiguration() {
    }
}
