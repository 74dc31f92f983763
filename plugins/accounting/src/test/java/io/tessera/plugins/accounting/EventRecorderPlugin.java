package io.tessera.plugins.accounting;

import io.tessera.testkit.PluginJar;

/**
 * A real plugin that depends on accounting and records every accounting event it receives in its own table. It
 * compiles against the SDK only and names the event types by class name, resolved through its PF4J dependency on
 * accounting (the accounting classes are not on the integration tests' class path).
 */
final class EventRecorderPlugin {

    private EventRecorderPlugin() {
    }

    static PluginJar jar() {
        String pkg = "io.tessera.plugins.accrecorder";
        return PluginJar.plugin("acc-recorder")
                .dependencies("accounting")
                .source(pkg + ".RecorderModule", """
                        package io.tessera.plugins.accrecorder;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class RecorderModule implements TesseraModule {
                            public String name() { return "Accounting event recorder"; }
                            public ModuleCategory category() { return ModuleCategory.PLATFORM; }
                            public Optional<String> changelog() { return Optional.of("db/changelog/acc-recorder.xml"); }
                            public List<Class<?>> components() { return List.of(InvoicePostedRecorder.class, PaymentReceivedRecorder.class); }
                        }
                        """)
                .source(pkg + ".Recorder", """
                        package io.tessera.plugins.accrecorder;

                        import io.tessera.sdk.CurrentTenant;
                        import io.tessera.sdk.event.*;
                        import javax.sql.DataSource;
                        import org.springframework.jdbc.core.simple.JdbcClient;

                        abstract class Recorder implements DomainEventListener<DomainEvent> {
                            private final JdbcClient jdbc;
                            private final CurrentTenant tenant;
                            private final Class<DomainEvent> type;
                            @SuppressWarnings("unchecked")
                            Recorder(DataSource dataSource, CurrentTenant tenant, String typeName) {
                                this.jdbc = JdbcClient.create(dataSource);
                                this.tenant = tenant;
                                try {
                                    this.type = (Class<DomainEvent>) Class.forName(typeName, true, getClass().getClassLoader());
                                } catch (ClassNotFoundException e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                            public Class<DomainEvent> eventType() { return type; }
                            public void on(DomainEvent event) {
                                jdbc.sql("insert into acc_recorded_events (tenant_id, id, type, text) values (?, ?, ?, ?)")
                                    .params(tenant.require().id(), java.util.UUID.randomUUID(), type.getSimpleName(), event.toString()).update();
                            }
                        }
                        """)
                .source(pkg + ".InvoicePostedRecorder", """
                        package io.tessera.plugins.accrecorder;
                        class InvoicePostedRecorder extends Recorder {
                            InvoicePostedRecorder(javax.sql.DataSource d, io.tessera.sdk.CurrentTenant t) {
                                super(d, t, "io.tessera.plugins.accounting.api.InvoicePosted");
                            }
                        }
                        """)
                .source(pkg + ".PaymentReceivedRecorder", """
                        package io.tessera.plugins.accrecorder;
                        class PaymentReceivedRecorder extends Recorder {
                            PaymentReceivedRecorder(javax.sql.DataSource d, io.tessera.sdk.CurrentTenant t) {
                                super(d, t, "io.tessera.plugins.accounting.api.PaymentReceived");
                            }
                        }
                        """)
                .extension(pkg + ".RecorderModule")
                .resource("db/changelog/acc-recorder.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                           xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                          <changeSet id="acc-recorder-1" author="test">
                            <sql>create table acc_recorded_events (tenant_id uuid not null, id uuid not null, type varchar(100) not null,
                                 text varchar(4000) not null, primary key (tenant_id, id))</sql>
                          </changeSet>
                        </databaseChangeLog>
                        """)
                .build();
    }
}
