package io.tessera.plugins.catalog;

import static io.tessera.plugins.catalog.CatalogIT.product;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.PluginJar;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code ProductChanged} reaches another module through the outbox: a real plugin that depends on catalog records
 * every event it receives, and sees a product's creation, update, archiving and restoring, each once, for its own
 * tenant only; a change that is refused publishes nothing.
 */
class ProductEventsIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .plugin(recorder())
            .property("tessera.events.poll-interval", "200ms")
            .build();

    @Test
    void everyChangeOfAProductIsPublishedAfterItsTransactionCommits() throws Exception {
        ApiClient api = kernel.provisionTenant("ev-acme", CatalogIT.PASSWORD);
        enable(api, "catalog", "cat-recorder");
        ApiClient other = kernel.provisionTenant("ev-globex", CatalogIT.PASSWORD);
        enable(other, "catalog", "cat-recorder");
        String id = created(api.post("/api/v1/catalog/products", product("EV-1", "Evented", "storable", "unit")));
        ok(api.put("/api/v1/catalog/products/" + id, product("EV-1", "Evented again", "storable", "unit")));
        assertThat(api.post("/api/v1/catalog/products", product("EV-1", "Duplicate", "storable", "unit")).status())
                .isEqualTo(409);
        ok(api.post("/api/v1/catalog/products/" + id + "/archive", ""));
        ok(api.post("/api/v1/catalog/products/" + id + "/restore", ""));

        String tenant = kernel.queryAsSuperuser("select id::text from tenants where slug = 'ev-acme'");
        awaitRecorded(tenant, 4);
        List<String> changes = List.of(kernel.queryAsSuperuser(
                "select string_agg(change, ',' order by seq) from cat_recorded_events where tenant_id = ?::uuid", tenant)
                .split(","));
        // the outbox does not promise an order between events: which ones, each once
        assertThat(changes).containsExactlyInAnyOrder("created", "updated", "archived", "restored");
        assertThat(kernel.queryAsSuperuser("select text from cat_recorded_events where tenant_id = ?::uuid and change = 'archived'",
                tenant)).contains("sku=EV-1").contains("active=false").contains(id);
        String otherTenant = kernel.queryAsSuperuser("select id::text from tenants where slug = 'ev-globex'");
        assertThat(kernel.countAsSuperuser("select count(*) from cat_recorded_events where tenant_id = ?::uuid", otherTenant))
                .isZero();
    }

    private static void awaitRecorded(String tenant, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (kernel.countAsSuperuser("select count(*) from cat_recorded_events where tenant_id = ?::uuid", tenant) < atLeast) {
            assertThat(System.nanoTime()).as("waiting for " + atLeast + " events").isLessThan(deadline);
            Thread.sleep(100);
        }
        // nothing more arrives than was published (each event once)
        assertThat(kernel.countAsSuperuser("select count(*) from cat_recorded_events where tenant_id = ?::uuid", tenant))
                .isEqualTo(atLeast);
    }

    /**
     * A plugin depending on catalog that records each {@code ProductChanged} in its own table. It compiles against
     * the SDK only and names the event type by class name, resolved through its PF4J dependency on catalog.
     */
    static PluginJar recorder() {
        String pkg = "io.tessera.plugins.catrecorder";
        return PluginJar.plugin("cat-recorder")
                .dependencies("catalog")
                .source(pkg + ".RecorderModule", """
                        package io.tessera.plugins.catrecorder;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class RecorderModule implements TesseraModule {
                            public String name() { return "Catalog event recorder"; }
                            public ModuleCategory category() { return ModuleCategory.PLATFORM; }
                            public Optional<String> changelog() { return Optional.of("db/changelog/cat-recorder.xml"); }
                            public List<Class<?>> components() { return List.of(ProductChangedRecorder.class); }
                        }
                        """)
                .source(pkg + ".ProductChangedRecorder", """
                        package io.tessera.plugins.catrecorder;

                        import io.tessera.sdk.CurrentTenant;
                        import io.tessera.sdk.event.*;
                        import javax.sql.DataSource;
                        import org.springframework.jdbc.core.simple.JdbcClient;

                        class ProductChangedRecorder implements DomainEventListener<DomainEvent> {
                            private final JdbcClient jdbc;
                            private final CurrentTenant tenant;
                            private final Class<DomainEvent> type;
                            @SuppressWarnings("unchecked")
                            ProductChangedRecorder(DataSource dataSource, CurrentTenant tenant) {
                                this.jdbc = JdbcClient.create(dataSource);
                                this.tenant = tenant;
                                try {
                                    this.type = (Class<DomainEvent>) Class.forName(
                                            "io.tessera.plugins.catalog.api.ProductChanged", true, getClass().getClassLoader());
                                } catch (ClassNotFoundException e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                            public Class<DomainEvent> eventType() { return type; }
                            public void on(DomainEvent event) {
                                String text = event.toString();
                                String change = text.substring(text.indexOf("change=") + 7, text.lastIndexOf(']'));
                                jdbc.sql("insert into cat_recorded_events (tenant_id, id, change, text) values (?, ?, ?, ?)")
                                    .params(tenant.require().id(), java.util.UUID.randomUUID(), change, text).update();
                            }
                        }
                        """)
                .extension(pkg + ".RecorderModule")
                .resource("db/changelog/cat-recorder.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                           xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                          <changeSet id="cat-recorder-1" author="test">
                            <sql>create table cat_recorded_events (tenant_id uuid not null, id uuid not null,
                                 seq bigint generated always as identity, change varchar(20) not null,
                                 text varchar(4000) not null, primary key (tenant_id, id))</sql>
                          </changeSet>
                        </databaseChangeLog>
                        """)
                .build();
    }
}
