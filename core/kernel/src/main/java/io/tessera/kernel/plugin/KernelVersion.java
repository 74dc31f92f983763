package io.tessera.kernel.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The plugin API version that a plugin's {@code Plugin-Requires} is checked against. */
public final class KernelVersion {

    private static final String SDK_VERSION = load();

    private KernelVersion() {
    }

    /**
     * The SDK version of this kernel, e.g. {@code 0.1.0}.
     *
     * @return the version
     */
    public static String sdkVersion() {
        return SDK_VERSION;
    }

    private static String load() {
        try (InputStream in = KernelVersion.class.getResourceAsStream("/META-INF/tessera/kernel.properties")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/tessera/kernel.properties is missing from the kernel jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("sdk.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
