package io.tessera.ui.app;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults of the UI's session security, overridable by any ordinary property source: the session
 * expires after {@code tessera.ui.idle-timeout} (30 minutes) without user activity — Vaadin's
 * heartbeats do not keep it alive — and its cookie is HttpOnly and SameSite=Lax (the servlet
 * container adds Secure when the request came over TLS).
 */
public final class UiDefaults implements EnvironmentPostProcessor {

    /** Created by Spring Boot. */
    public UiDefaults() {
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("tesseraUiDefaults", Map.of(
                "server.servlet.session.timeout", "${tessera.ui.idle-timeout:30m}",
                "server.servlet.session.cookie.http-only", "true",
                "server.servlet.session.cookie.same-site", "lax",
                "server.servlet.session.tracking-modes", "cookie",
                "vaadin.close-idle-sessions", "true",
                "vaadin.launch-browser", "false")));
    }
}
