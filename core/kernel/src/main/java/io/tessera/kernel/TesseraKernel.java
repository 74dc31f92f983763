package io.tessera.kernel;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The configuration root of a Tessera application: the server's main class and the test kit both
 * start a {@code SpringApplication} from it. Plugins are loaded before it refreshes by
 * {@link io.tessera.kernel.plugin.PluginBootstrap}.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableScheduling
public class TesseraKernel {

    /** Created by Spring. */
    public TesseraKernel() {
    }
}
