package io.tessera.server;

import io.tessera.kernel.plugin.PluginBootstrap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

/**
 * The migration job's entry point ({@code java -jar tessera-server.jar migrate}): the kernel's bootstrap loads every
 * plugin jar and runs the kernel's and each plugin's Liquibase changelog as the owner role
 * ({@code spring.liquibase.user}), granting the application role ({@code spring.datasource.username}); then an empty
 * context closes and the process exits. A failed migration fails the job (non-zero exit), so a Helm upgrade stops
 * before any node runs the new version.
 */
@Configuration(proxyBeanMethods = false)
public class Migrations {

    /** The first program argument that selects this entry point. */
    public static final String COMMAND = "migrate";

    /**
     * Runs the migrations and returns when they are done.
     *
     * @param args Spring Boot arguments ({@code --name=value}), as for the server
     */
    public static void run(String... args) {
        new SpringApplicationBuilder(Migrations.class)
                .web(WebApplicationType.NONE)
                .properties(PluginBootstrap.MIGRATIONS_ONLY + "=true")
                .run(args)
                .close();
    }
}
