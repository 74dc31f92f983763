package io.tessera.server;

import io.tessera.kernel.TesseraKernel;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;

/**
 * Starts Tessera: the kernel, with every plugin jar in {@code tessera.plugins.dir} ({@code ./plugins}). With
 * {@code migrate} as the first argument it runs the schema migrations of the kernel and every plugin and exits
 * ({@link Migrations}), as a deployment's migration job does before the nodes, which run with
 * {@code spring.liquibase.enabled=false}.
 */
public final class TesseraServer {

    private TesseraServer() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Migrations.COMMAND.equals(args[0])) {
            Migrations.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(TesseraKernel.class, args);
    }
}
