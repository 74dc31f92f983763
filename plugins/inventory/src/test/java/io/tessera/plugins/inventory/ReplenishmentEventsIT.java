package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.PluginJar;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ReplenishmentSuggested} reaches another module through the outbox: a real plugin depending on inventory
 * records each event it receives. A run with products below their minimum publishes one event naming them; a run
 * with nothing to suggest publishes none; the other tenant receives nothing.
 */
class ReplenishmentEventsIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(recorder())
            .property("tessera.events.poll-interval", "200ms")
            .build();

    @Test
    void aRunWithSuggestionsPublishesOneEventNamingThemAndARunWithoutNone() throws Exception {
        ApiClient api = Stocks.tenant(kernel, "rev-acme");
        enable(api, "inv-recorder");
        ApiClient other = Stocks.tenant(kernel, "rev-globex");
        enable(other, "inv-recorder");
        String full = product(api, "REV-FULL");
        stockUp(api, full, "50");
        created(api.post(INV + "reorder-rules", "{\"productId\":\"" + full + "\",\"min\":\"5\",\"max\":\"20\"}"));
        assertThat(ok(api.post(INV + "replenishment/run", "")).size()).isZero();

        String empty = product(api, "REV-EMPTY");
        created(api.post(INV + "reorder-rules", "{\"productId\":\"" + empty + "\",\"min\":\"5\",\"max\":\"20\"}"));
        assertThat(ok(api.post(INV + "replenishment/run", "")).size()).isEqualTo(1);
        String otherProduct = product(other, "REV-OTHER");
        created(other.post(INV + "reorder-rules", "{\"productId\":\"" + otherProduct + "\",\"min\":\"5\",\"max\":\"20\"}"));

        String tenant = kernel.queryAsSuperuser("select id::text from tenants where slug = 'rev-acme'");
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (kernel.countAsSuperuser("select count(*) from inv_recorded_events where tenant_id = ?::uuid", tenant) < 1) {
            assertThat(System.nanoTime()).as("waiting for the event").isLessThan(deadline);
            Thread.sleep(100);
        }
        // the outbox has delivered everything of the tenant: nothing more than the one event arrives
        while (kernel.countAsSuperuser("select count(*) from outbox_events where tenant_id = ?::uuid "
                + "and event_type like '%ReplenishmentSuggested'", tenant) > 0) {
            assertThat(System.nanoTime()).as("waiting for the outbox").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(kernel.countAsSuperuser("select count(*) from inv_recorded_events where tenant_id = ?::uuid", tenant))
                .as("one event, for the run with a suggestion only").isEqualTo(1);
        String text = kernel.queryAsSuperuser("select text from inv_recorded_events where tenant_id = ?::uuid", tenant);
        assertThat(text).contains(empty).contains("quantity=20").doesNotContain(full);
        String otherTenant = kernel.queryAsSuperuser("select id::text from tenants where slug = 'rev-globex'");
        assertThat(kernel.countAsSuperuser("select count(*) from inv_recorded_events where tenant_id = ?::uuid", otherTenant))
                .as("the other tenant ran nothing").isZero();
    }

    /**
     * A plugin depending on inventory that records each {@code ReplenishmentSuggested} in its own table. It compiles
     * against the SDK only and names the event type by class name, resolved through its PF4J dependency.
     */
    static PluginJar recorder() {
        String pkg = "io.tessera.plugins.invrecorder";
        return PluginJar.plugin("inv-recorder")
                .dependencies("inventory")
                .source(pkg + ".RecorderModule", """
                        package io.tessera.plugins.invrecorder;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class RecorderModule implements TesseraModule {
                            public String name() { return "Replenishment event recorder"; }
                            public ModuleCategory category() { return ModuleCategory.PLATFORM; }
                            public Optional<String> changelog() { return Optional.of("db/changelog/inv-recorder.xml"); }
                            public List<Class<?>> components() { return List.of(SuggestedRecorder.class); }
                        }
                        """)
                .source(pkg + ".SuggestedRecorder", """
                        package io.tessera.plugins.invrecorder;

                        import io.tessera.sdk.CurrentTenant;
                        import io.tessera.sdk.event.*;
                        import javax.sql.DataSource;
                        import org.springframework.jdbc.core.simple.JdbcClient;

                        class SuggestedRecorder implements DomainEventListener<DomainEvent> {
                            private final JdbcClient jdbc;
                            private final CurrentTenant tenant;
                            private final Class<DomainEvent> type;
                            @SuppressWarnings("unchecked")
                            SuggestedRecorder(DataSource dataSource, CurrentTenant tenant) {
                                this.jdbc = JdbcClient.create(dataSource);
                                this.tenant = tenant;
                                try {
                                    this.type = (Class<DomainEvent>) Class.forName(
                                            "io.tessera.plugins.inventory.api.ReplenishmentSuggested", true, getClass().getClassLoader());
                                } catch (ClassNotFoundException e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                            public Class<DomainEvent> eventType() { return type; }
                            public void on(DomainEvent event) {
                                jdbc.sql("insert into inv_recorded_events (tenant_id, id, text) values (?, ?, ?)")
                                    .params(tenant.require().id(), java.util.UUID.randomUUID(), event.toString()).update();
                            }
                        }
                        """)
                .extension(pkg + ".RecorderModule")
                .resource("db/changelog/inv-recorder.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                           xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                          <changeSet id="inv-recorder-1" author="test">
                            <sql>create table inv_recorded_events (tenant_id uuid not null, id uuid not null,
                                 text varchar(8000) not null, primary key (tenant_id, id))</sql>
                          </changeSet>
                        </databaseChangeLog>
                        """)
                .build();
    }
}
