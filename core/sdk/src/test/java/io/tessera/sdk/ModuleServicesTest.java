package io.tessera.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.plugins.demo.api.DemoService;
import io.tessera.plugins.demo.api.sub.DemoDetail;
import io.tessera.plugins.demo.internal.DemoInternals;
import org.junit.jupiter.api.Test;

class ModuleServicesTest {

    @Test
    void aPublishedTypeNamesItsModule() {
        assertThat(ModuleServices.moduleOf(DemoService.class)).isEqualTo("demo");
        assertThat(ModuleServices.moduleOf(DemoDetail.class)).isEqualTo("demo");
    }

    @Test
    void aTypeOutsideAnApiPackageIsNoPublishedService() {
        assertThatThrownBy(() -> ModuleServices.moduleOf(DemoInternals.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(DemoInternals.class.getName());
        assertThatThrownBy(() -> ModuleServices.moduleOf(Components.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
