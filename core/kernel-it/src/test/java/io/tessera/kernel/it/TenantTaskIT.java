package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.TenantRef;
import io.tessera.testkit.TesseraKernelExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** D6 for jobs: a module's TenantTask runs for the tenants that have it enabled, in their scope, and for no other. */
class TenantTaskIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().plugin(TestPlugins.ticker()).build();

    @Test
    void aTaskRunsOnlyForTenantsWithItsModuleEnabled() throws InterruptedException {
        TenantRef on = kernel.createTenant("ticks-on");
        TenantRef off = kernel.createTenant("ticks-off");
        kernel.enable(on, "ticker");

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (ticks(on) < 3) {
            assertThat(System.nanoTime()).as("the task ran for the enabled tenant").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(ticks(off)).isZero();

        kernel.detach(on, "ticker");
        long afterDetach = settled(on); // a round that had already started may still finish
        Thread.sleep(1000);
        assertThat(ticks(on)).as("no more rounds once detached").isEqualTo(afterDetach);
        assertThat(ticks(off)).isZero();
    }

    /** The tick count once it has stayed the same for half a second (at most 30 s). */
    private static long settled(TenantRef tenant) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        long previous = ticks(tenant);
        while (true) {
            Thread.sleep(500);
            long now = ticks(tenant);
            if (now == previous) {
                return now;
            }
            assertThat(System.nanoTime()).as("the rounds stopped after the detach").isLessThan(deadline);
            previous = now;
        }
    }

    private static long ticks(TenantRef tenant) {
        return kernel.countAsSuperuser("select count(*) from ticks where tenant_id = ?", tenant.id());
    }
}
