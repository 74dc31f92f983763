package ${package};

import static io.tessera.testkit.ApiAssertions.assertStartedWithoutUi;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's jar in a kernel with no UI on the class path (the parent's {@code headless} execution leaves out the
 * UI kit and Vaadin): it starts, registers no views, and its API works.
 */
@Tag("headless")
class ${prefix}HeadlessIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin().build();

    @Test
    void theJarLoadsAndItsApiWorksWithoutTheUiKit() {
        assertStartedWithoutUi(KERNEL, "${id}");

        ApiClient api = enable(KERNEL.provisionTenant("${id}-headless", ${prefix}IT.PASSWORD), "${id}");
        String id = created(api.post(${prefix}IT.ENTRIES, ${prefix}IT.entry("Without a UI")));
        assertThat(ok(api.get(${prefix}IT.ENTRIES + "/" + id)).get("title").asString()).isEqualTo("Without a UI");
    }
}
