package io.tessera.kernel.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The kernel's defaults, at the lowest precedence so that any configuration overrides them. With no
 * {@code spring.datasource.url} the server runs on an embedded H2 file database under {@code ./data}.
 */
public final class KernelDefaults implements EnvironmentPostProcessor {

    static final String EMBEDDED_URL = embeddedUrl("./data/tessera");

    /** The embedded database's user. */
    public static final String EMBEDDED_USER = "sa";

    /**
     * The JDBC URL of an embedded H2 file database with the settings the kernel expects (as the default uses).
     *
     * @param file the database file's path without its {@code .mv.db} suffix
     * @return the URL
     */
    public static String embeddedUrl(String file) {
        return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (!environment.containsProperty("spring.datasource.url")) {
            defaults.put("spring.datasource.url", EMBEDDED_URL);
            defaults.put("spring.datasource.username", EMBEDDED_USER);
            defaults.put("spring.datasource.password", "");
        }
        String url = environment.getProperty("spring.datasource.url", EMBEDDED_URL);
        if (url.startsWith("jdbc:postgresql:")) {
            // the driver's messages then leave out the server's detail (Key (email)=(…)) and a failed batch's
            // statement with its bound values (password and API-key hashes, payloads)
            defaults.put("spring.datasource.hikari.data-source-properties[logServerErrorDetail]", "false");
        }
        defaults.put("spring.datasource.hikari.maximum-pool-size", "5");
        defaults.put("spring.datasource.hikari.minimum-idle", "1");
        defaults.put("spring.jpa.open-in-view", "false");
        defaults.put("spring.jpa.hibernate.ddl-auto", "none");
        defaults.put("spring.jpa.properties.hibernate.default_batch_fetch_size", "64");
        defaults.put("spring.jpa.properties.hibernate.jdbc.batch_size", "50");
        defaults.put("spring.jpa.properties.hibernate.order_inserts", "true");
        defaults.put("spring.jpa.properties.hibernate.order_updates", "true");
        defaults.put("spring.jpa.properties.hibernate.timezone.default_storage", "NORMALIZE_UTC");
        defaults.put("spring.jpa.properties.hibernate.query.fail_on_pagination_over_collection_fetch", "true");
        defaults.put("spring.mvc.problemdetails.enabled", "true");
        // a stopping node (SIGTERM, rolling restart) reports readiness DOWN, refuses new connections and lets its
        // in-flight requests finish, for at most 20 s (a load balancer's health check takes it out meanwhile)
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.lifecycle.timeout-per-shutdown-phase", "20s");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        // never log bound values: Hibernate's binding trace, and its SQL error log, which repeats the driver's message
        // (H2's messages quote the values); the application logs database errors itself, without values
        defaults.put("logging.level.org.hibernate.orm.jdbc.bind", "OFF");
        defaults.put("logging.level.org.hibernate.orm.jdbc.error", "OFF");
        defaults.put("logging.level.org.hibernate.orm.jdbc.warn", "OFF");
        defaults.put("logging.level.liquibase", "WARN");
        defaults.put("logging.level.org.pf4j", "WARN");
        // third-party start-up chatter (Atmosphere alone logs ~50 INFO lines) stays out of the default log:
        // what an operator needs is in the one StartupBanner block
        for (String quiet : List.of("org.atmosphere", "com.vaadin", "org.hibernate.orm", "com.zaxxer.hikari",
                "org.apache.catalina", "org.apache.coyote", "org.apache.tomcat", "org.springframework",
                "org.springdoc")) {
            defaults.put("logging.level." + quiet, "WARN");
        }
        // springdoc's "enabled by default" advice: the OpenAPI document is part of the product (D12)
        defaults.put("logging.level.org.springdoc.core.events", "ERROR");
        defaults.put("logging.pattern.correlation", "[%X{tenant:-}|%X{requestId:-}] ");
        defaults.put("tessera.plugins.dir", "plugins");
        environment.getPropertySources().addLast(new MapPropertySource("tesseraKernelDefaults", defaults));
    }
}
