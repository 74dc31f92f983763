package io.tessera.server;

import io.tessera.kernel.TesseraKernel;
import org.springframework.boot.SpringApplication;

/** Starts Tessera: the kernel, with every plugin jar in {@code tessera.plugins.dir} ({@code ./plugins}). */
public final class TesseraServer {

    private TesseraServer() {
    }

    public static void main(String[] args) {
        SpringApplication.run(TesseraKernel.class, args);
    }
}
