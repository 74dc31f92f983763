package io.tessera.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ComponentsTest {

    private static final String ABSENT = "io.tessera.ui.kit.ModuleUi";

    /** A class loader that sees the JDK only: neither the SDK's test classes nor the UI kit. */
    private final ClassLoader jdkOnly = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());

    @Test
    void conditionalComponentsAreNamedOnlyWhenTheirClassIsPresent() {
        List<Class<?>> components = Components.of(ComponentsTest.class.getClassLoader())
                .add(String.class)
                .whenPresent(ComponentsTest.class.getName(), () -> List.of(Integer.class))
                .whenPresent(ABSENT, mustNotBeCalled())
                .whenAbsent(ABSENT, () -> List.of(Long.class))
                .whenAbsent(ComponentsTest.class.getName(), mustNotBeCalled())
                .list();

        assertThat(components).containsExactly(String.class, Integer.class, Long.class);
    }

    @Test
    void presenceIsDecidedByThePluginsClassLoaderNotTheCallers() {
        Components inJdkOnly = Components.of(jdkOnly);

        assertThat(inJdkOnly.isPresent(String.class.getName())).isTrue();
        assertThat(inJdkOnly.isPresent(ComponentsTest.class.getName())).isFalse();
        assertThat(inJdkOnly.whenPresent(ComponentsTest.class.getName(), mustNotBeCalled()).list()).isEmpty();
    }

    @Test
    void theUiComponentsNeedTheUiKit() {
        assertThat(Components.of(jdkOnly).withUi(mustNotBeCalled()).list()).isEmpty();
        assertThat(Components.UI_KIT).isEqualTo(ABSENT);
    }

    private static Supplier<List<Class<?>>> mustNotBeCalled() {
        return () -> {
            throw new AssertionError("named a component whose class is absent");
        };
    }
}
