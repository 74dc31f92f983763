package io.tessera.kernel.it;

import io.tessera.testkit.PluginJar;

/** Real plugin jars for the kernel's tests, compiled from source at test time. */
final class TestPlugins {

    private TestPlugins() {
    }

    /** A healthy plugin with an entity, a changelog and a REST controller under /api/v1/notes. */
    static PluginJar notes() {
        String pkg = "io.tessera.plugins.notes";
        return PluginJar.plugin("notes")
                .version("1.2.0")
                .requires(">=0.1.0")
                .source(pkg + ".Note", """
                        package io.tessera.plugins.notes;

                        import io.tessera.sdk.persistence.TenantScopedEntity;
                        import jakarta.persistence.*;

                        @Entity
                        @Table(name = "notes")
                        public class Note extends TenantScopedEntity {
                            @Column(nullable = false)
                            private String text;
                            protected Note() {}
                            public Note(String text) { this.text = text; }
                            public String getText() { return text; }
                            public void setText(String text) { this.text = text; }
                        }
                        """)
                .source(pkg + ".NotesModule", """
                        package io.tessera.plugins.notes;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class NotesModule implements TesseraModule {
                            public String name() { return "Notes"; }
                            public ModuleCategory category() { return ModuleCategory.CRM; }
                            public String description() { return "Free-text notes"; }
                            public List<Class<?>> entityClasses() { return List.of(Note.class); }
                            public Optional<String> changelog() { return Optional.of("db/changelog/notes.xml"); }
                            public List<Permission> permissions() { return List.of(new Permission("notes.write", "Write notes")); }
                            public List<Class<?>> components() { return List.of(NotesController.class); }
                        }
                        """)
                .source(pkg + ".NotesController", """
                        package io.tessera.plugins.notes;

                        import jakarta.persistence.EntityManager;
                        import java.util.*;
                        import org.springframework.http.ResponseEntity;
                        import org.springframework.transaction.support.TransactionTemplate;
                        import org.springframework.web.bind.annotation.*;

                        @RestController
                        @RequestMapping("/api/v1/notes")
                        @io.tessera.sdk.security.RequiresPermission("notes.write")
                        class NotesController {
                            private final EntityManager em;
                            private final TransactionTemplate tx;
                            NotesController(EntityManager em, TransactionTemplate tx) { this.em = em; this.tx = tx; }

                            record NoteBody(String text) {}

                            @PostMapping
                            ResponseEntity<Map<String, Object>> create(@RequestBody NoteBody body) {
                                Note note = tx.execute(s -> { Note n = new Note(body.text()); em.persist(n); return n; });
                                return ResponseEntity.status(201).body(Map.of("id", note.getId(), "text", note.getText()));
                            }

                            @GetMapping
                            List<String> list() {
                                return tx.execute(s -> em.createQuery("select n.text from Note n order by n.text", String.class).getResultList());
                            }
                        }
                        """)
                .extension(pkg + ".NotesModule")
                .resource("db/changelog/notes.xml", changelog("notes", """
                        <createTable tableName="notes">
                          <column name="tenant_id" type="uuid"><constraints nullable="false"/></column>
                          <column name="id" type="uuid"><constraints nullable="false"/></column>
                          <column name="text" type="varchar(500)"><constraints nullable="false"/></column>
                          <column name="version" type="bigint"/>
                        </createTable>
                        <addPrimaryKey tableName="notes" columnNames="tenant_id, id"/>
                        """))
                .build();
    }

    /**
     * A plugin whose controller is mapped outside its module's prefix ({@code /api/v1/stray}): it would be served to
     * every tenant whether or not it enabled the module, so the kernel refuses it at boot.
     */
    static PluginJar strayController() {
        String pkg = "io.tessera.plugins.stray";
        return PluginJar.plugin("stray")
                .source(pkg + ".StrayModule", """
                        package io.tessera.plugins.stray;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class StrayModule implements TesseraModule {
                            public String name() { return "Stray"; }
                            public ModuleCategory category() { return ModuleCategory.CRM; }
                            public List<Permission> permissions() { return List.of(new Permission("stray.read", "Read")); }
                            public List<Class<?>> components() { return List.of(StrayController.class); }
                        }
                        """)
                .source(pkg + ".StrayController", """
                        package io.tessera.plugins.stray;

                        import org.springframework.web.bind.annotation.*;

                        @RestController
                        @io.tessera.sdk.security.RequiresPermission("stray.read")
                        class StrayController {
                            @GetMapping("/api/v1/stray")
                            String home() { return "under the prefix"; }

                            @GetMapping("/api/v1/parties-export")
                            String elsewhere() { return "outside it"; }
                        }
                        """)
                .extension(pkg + ".StrayModule")
                .build();
    }

    /**
     * Publishes {@code Pinged} when {@code POST /api/v1/pings} is called and logs each delivery, with the
     * tenant in scope at delivery, into its own table. A text starting with "fail-" makes the listener throw
     * until it has been attempted that many times.
     */
    static PluginJar pings() {
        String pkg = "io.tessera.plugins.pings";
        return PluginJar.plugin("pings")
                .source(pkg + ".Pinged", """
                        package io.tessera.plugins.pings;
                        public record Pinged(java.util.UUID id, String text) implements io.tessera.sdk.event.DomainEvent {}
                        """)
                .source(pkg + ".PingsModule", """
                        package io.tessera.plugins.pings;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class PingsModule implements TesseraModule {
                            public String name() { return "Pings"; }
                            public ModuleCategory category() { return ModuleCategory.PLATFORM; }
                            public Optional<String> changelog() { return Optional.of("db/changelog/pings.xml"); }
                            public List<Class<?>> components() { return List.of(PingsController.class, PingLogger.class); }
                            public List<Permission> permissions() { return List.of(new Permission("pings.send", "Send pings", true)); }
                        }
                        """)
                .source(pkg + ".PingsController", """
                        package io.tessera.plugins.pings;

                        import io.tessera.sdk.event.EventPublisher;
                        import java.util.*;
                        import org.springframework.transaction.support.TransactionTemplate;
                        import org.springframework.web.bind.annotation.*;

                        @RestController
                        @RequestMapping("/api/v1/pings")
                        @io.tessera.sdk.security.RequiresPermission("pings.send")
                        class PingsController {
                            private final EventPublisher events;
                            private final TransactionTemplate tx;
                            PingsController(EventPublisher events, TransactionTemplate tx) { this.events = events; this.tx = tx; }

                            @PostMapping
                            Map<String, Object> ping(@RequestParam String text, @RequestParam(defaultValue = "false") boolean rollback) {
                                UUID id = UUID.randomUUID();
                                tx.executeWithoutResult(s -> {
                                    events.publish(new Pinged(id, text));
                                    if (rollback) { s.setRollbackOnly(); }
                                });
                                return Map.of("id", id);
                            }

                            @PostMapping("/outside-transaction")
                            void outside() { events.publish(new Pinged(UUID.randomUUID(), "nope")); }
                        }
                        """)
                .source(pkg + ".PingLogger", """
                        package io.tessera.plugins.pings;

                        import io.tessera.sdk.CurrentTenant;
                        import io.tessera.sdk.event.DomainEventListener;
                        import javax.sql.DataSource;
                        import org.springframework.jdbc.core.simple.JdbcClient;

                        class PingLogger implements DomainEventListener<Pinged> {
                            static final java.util.Map<java.util.UUID, java.util.concurrent.atomic.AtomicInteger> ATTEMPTS = new java.util.concurrent.ConcurrentHashMap<>();
                            private final JdbcClient jdbc;
                            private final CurrentTenant tenant;
                            PingLogger(DataSource dataSource, CurrentTenant tenant) { this.jdbc = JdbcClient.create(dataSource); this.tenant = tenant; }
                            public Class<Pinged> eventType() { return Pinged.class; }
                            public void on(Pinged event) {
                                if (event.text().startsWith("fail-")) {
                                    int failures = Integer.parseInt(event.text().substring(5));
                                    int attempt = ATTEMPTS.computeIfAbsent(event.id(), k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                                    if (attempt <= failures) {
                                        throw new IllegalStateException("failing on purpose, attempt " + attempt);
                                    }
                                }
                                jdbc.sql("insert into ping_log (tenant_id, id, ping_id, text) values (?, ?, ?, ?)")
                                    .params(tenant.require().id(), java.util.UUID.randomUUID(), event.id(), event.text()).update();
                            }
                        }
                        """)
                .extension(pkg + ".PingsModule")
                .resource("db/changelog/pings.xml", changelog("pings", """
                        <createTable tableName="ping_log">
                          <column name="tenant_id" type="uuid"><constraints nullable="false"/></column>
                          <column name="id" type="uuid"><constraints nullable="false"/></column>
                          <column name="ping_id" type="uuid"><constraints nullable="false"/></column>
                          <column name="text" type="varchar(200)"/>
                        </createTable>
                        <addPrimaryKey tableName="ping_log" columnNames="tenant_id, id"/>
                        """))
                .build();
    }

    /** A module with a TenantTask that records a tick for the tenant every 100 ms. */
    static PluginJar ticker() {
        String pkg = "io.tessera.plugins.ticker";
        return PluginJar.plugin("ticker")
                .source(pkg + ".TickerModule", """
                        package io.tessera.plugins.ticker;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class TickerModule implements TesseraModule {
                            public String name() { return "Ticker"; }
                            public ModuleCategory category() { return ModuleCategory.PLATFORM; }
                            public Optional<String> changelog() { return Optional.of("db/changelog/ticker.xml"); }
                            public List<Class<?>> components() { return List.of(Tick.class); }
                        }
                        """)
                .source(pkg + ".Tick", """
                        package io.tessera.plugins.ticker;

                        import io.tessera.sdk.*;
                        import java.time.Duration;
                        import javax.sql.DataSource;
                        import org.springframework.jdbc.core.simple.JdbcClient;

                        class Tick implements TenantTask {
                            private final JdbcClient jdbc;
                            private final CurrentTenant current;
                            Tick(DataSource dataSource, CurrentTenant current) { this.jdbc = JdbcClient.create(dataSource); this.current = current; }
                            public Duration interval() { return Duration.ofMillis(100); }
                            public void run(TenantRef tenant) {
                                if (!current.require().equals(tenant)) { throw new IllegalStateException("wrong tenant in scope"); }
                                jdbc.sql("insert into ticks (tenant_id, id) values (?, ?)").params(tenant.id(), java.util.UUID.randomUUID()).update();
                            }
                        }
                        """)
                .extension(pkg + ".TickerModule")
                .resource("db/changelog/ticker.xml", changelog("ticker", """
                        <createTable tableName="ticks">
                          <column name="tenant_id" type="uuid"><constraints nullable="false"/></column>
                          <column name="id" type="uuid"><constraints nullable="false"/></column>
                        </createTable>
                        <addPrimaryKey tableName="ticks" columnNames="tenant_id, id"/>
                        """))
                .build();
    }

    /**
     * A module with a TenantTask (every 400 ms) that records each run with the tick the kernel claimed for it (read
     * back from the claim row its own transaction inserted) and the node that ran it. For a tenant whose slug ends in
     * {@code -flaky}, the first attempt of every tick fails after noting the tick in {@code counter_failures} outside
     * the task's transaction (which rolls back with the claim).
     */
    static PluginJar counter() {
        String pkg = "io.tessera.plugins.counter";
        return PluginJar.plugin("counter")
                .source(pkg + ".CounterModule", """
                        package io.tessera.plugins.counter;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class CounterModule implements TesseraModule {
                            public String name() { return "Counter"; }
                            public ModuleCategory category() { return ModuleCategory.PLATFORM; }
                            public Optional<String> changelog() { return Optional.of("db/changelog/counter.xml"); }
                            public List<Class<?>> components() { return List.of(Count.class); }
                        }
                        """)
                .source(pkg + ".Count", """
                        package io.tessera.plugins.counter;

                        import io.tessera.sdk.*;
                        import java.sql.*;
                        import java.time.Duration;
                        import javax.sql.DataSource;
                        import org.springframework.jdbc.core.simple.JdbcClient;

                        class Count implements TenantTask {
                            private static final String NODE = Integer.toHexString(System.identityHashCode(Count.class));
                            private final DataSource dataSource;
                            private final JdbcClient jdbc;
                            Count(DataSource dataSource) { this.dataSource = dataSource; this.jdbc = JdbcClient.create(dataSource); }
                            public Duration interval() { return Duration.ofMillis(400); }
                            public void run(TenantRef tenant) {
                                long tick = jdbc.sql("select tick from tenant_task_runs where tenant_id = ? and task_id like 'counter:%' "
                                        + "and xmin::text = (txid_current() % 4294967296)::text")
                                        .param(tenant.id()).query(Long.class).single();
                                if (tenant.slug().endsWith("-flaky") && firstFailure(tenant, tick)) {
                                    throw new IllegalStateException("the first attempt of tick " + tick + " fails on purpose");
                                }
                                jdbc.sql("insert into counter_runs (tenant_id, id, tick, node) values (?, ?, ?, ?)")
                                        .params(tenant.id(), java.util.UUID.randomUUID(), tick, NODE).update();
                            }
                            private boolean firstFailure(TenantRef tenant, long tick) {
                                try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                                        "insert into counter_failures (tenant, tick) values (?, ?) on conflict do nothing")) {
                                    c.setAutoCommit(true);
                                    s.setObject(1, tenant.id());
                                    s.setLong(2, tick);
                                    return s.executeUpdate() == 1;
                                } catch (SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            }
                        }
                        """)
                .extension(pkg + ".CounterModule")
                .resource("db/changelog/counter.xml", changelog("counter", """
                        <createTable tableName="counter_runs">
                          <column name="tenant_id" type="uuid"><constraints nullable="false"/></column>
                          <column name="id" type="uuid"><constraints nullable="false"/></column>
                          <column name="tick" type="bigint"><constraints nullable="false"/></column>
                          <column name="node" type="varchar(20)"><constraints nullable="false"/></column>
                        </createTable>
                        <addPrimaryKey tableName="counter_runs" columnNames="tenant_id, id"/>
                        <sql>create table counter_failures (tenant uuid not null, tick bigint not null, primary key (tenant, tick));
                             grant select, insert on counter_failures to ${appRole};</sql>
                        """))
                .build();
    }

    /** Two event listeners of one module that keep the same name (one renamed its class but not its name()). */
    static PluginJar twinListeners() {
        String pkg = "io.tessera.plugins.twins";
        return PluginJar.plugin("twins")
                .source(pkg + ".Twinned", """
                        package io.tessera.plugins.twins;
                        public record Twinned(String text) implements io.tessera.sdk.event.DomainEvent {}
                        """)
                .source(pkg + ".TwinsModule", """
                        package io.tessera.plugins.twins;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class TwinsModule implements TesseraModule {
                            public String name() { return "Twins"; }
                            public ModuleCategory category() { return ModuleCategory.PLATFORM; }
                            public List<Class<?>> components() { return List.of(OldName.class, NewName.class); }
                        }
                        """)
                .source(pkg + ".OldName", """
                        package io.tessera.plugins.twins;

                        class OldName implements io.tessera.sdk.event.DomainEventListener<Twinned> {
                            public Class<Twinned> eventType() { return Twinned.class; }
                            public void on(Twinned event) { }
                        }
                        """)
                .source(pkg + ".NewName", """
                        package io.tessera.plugins.twins;

                        class NewName implements io.tessera.sdk.event.DomainEventListener<Twinned> {
                            public Class<Twinned> eventType() { return Twinned.class; }
                            public String name() { return "OldName"; }
                            public void on(Twinned event) { }
                        }
                        """)
                .extension(pkg + ".TwinsModule")
                .build();
    }

    /**
     * A service whose write declares {@code guarded.write} (not granted to members), called directly, from a
     * controller that needs only {@code guarded.send} (granted to members), from an event listener and from a
     * tenant task. Each write logs where it came from.
     */
    static PluginJar guarded() {
        String pkg = "io.tessera.plugins.guarded";
        return PluginJar.plugin("guarded")
                .source(pkg + ".GuardedModule", """
                        package io.tessera.plugins.guarded;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class GuardedModule implements TesseraModule {
                            public String name() { return "Guarded"; }
                            public ModuleCategory category() { return ModuleCategory.PLATFORM; }
                            public Optional<String> changelog() { return Optional.of("db/changelog/guarded.xml"); }
                            public List<Permission> permissions() {
                                return List.of(new Permission("guarded.send", "Send", true), new Permission("guarded.write", "Write"));
                            }
                            public List<Class<?>> components() {
                                return List.of(GuardedService.class, GuardedController.class, GuardedListener.class, GuardedTask.class);
                            }
                        }
                        """)
                .source(pkg + ".Sent", """
                        package io.tessera.plugins.guarded;
                        public record Sent(String text) implements io.tessera.sdk.event.DomainEvent {}
                        """)
                .source(pkg + ".GuardedService", """
                        package io.tessera.plugins.guarded;

                        import io.tessera.sdk.CurrentTenant;
                        import io.tessera.sdk.security.RequiresPermission;
                        import javax.sql.DataSource;
                        import org.springframework.jdbc.core.simple.JdbcClient;
                        import org.springframework.transaction.support.TransactionTemplate;

                        class GuardedService implements java.util.function.BiConsumer<String, String> {
                            private final JdbcClient jdbc;
                            private final CurrentTenant tenant;
                            private final TransactionTemplate tx;
                            GuardedService(DataSource dataSource, CurrentTenant tenant, TransactionTemplate tx) {
                                this.jdbc = JdbcClient.create(dataSource); this.tenant = tenant; this.tx = tx;
                            }
                            @RequiresPermission("guarded.write")
                            public void accept(String text, String via) { write(text, via); }

                            @RequiresPermission("guarded.write")
                            void write(String text, String via) {
                                tx.executeWithoutResult(s -> jdbc.sql("insert into guarded_log (tenant_id, id, text, via) values (?, ?, ?, ?)")
                                        .params(tenant.require().id(), java.util.UUID.randomUUID(), text, via).update());
                            }
                        }
                        """)
                .source(pkg + ".GuardedController", """
                        package io.tessera.plugins.guarded;

                        import io.tessera.sdk.event.EventPublisher;
                        import org.springframework.transaction.support.TransactionTemplate;
                        import org.springframework.web.bind.annotation.*;

                        @RestController
                        @RequestMapping("/api/v1/guarded")
                        @io.tessera.sdk.security.RequiresPermission("guarded.send")
                        class GuardedController {
                            private final GuardedService service;
                            private final EventPublisher events;
                            private final TransactionTemplate tx;
                            GuardedController(GuardedService service, EventPublisher events, TransactionTemplate tx) {
                                this.service = service; this.events = events; this.tx = tx;
                            }
                            @PostMapping("/direct")
                            void direct(@RequestParam String text) { service.write(text, "rest"); }

                            @PostMapping("/event")
                            void event(@RequestParam String text) { tx.executeWithoutResult(s -> events.publish(new Sent(text))); }
                        }
                        """)
                .source(pkg + ".GuardedListener", """
                        package io.tessera.plugins.guarded;

                        import io.tessera.sdk.event.DomainEventListener;

                        class GuardedListener implements DomainEventListener<Sent> {
                            private final GuardedService service;
                            GuardedListener(GuardedService service) { this.service = service; }
                            public Class<Sent> eventType() { return Sent.class; }
                            public void on(Sent event) { service.write(event.text(), "listener"); }
                        }
                        """)
                .source(pkg + ".GuardedTask", """
                        package io.tessera.plugins.guarded;

                        import io.tessera.sdk.*;
                        import java.time.Duration;

                        class GuardedTask implements TenantTask {
                            private final GuardedService service;
                            GuardedTask(GuardedService service) { this.service = service; }
                            public Duration interval() { return Duration.ofMillis(200); }
                            public void run(TenantRef tenant) { service.write("tick", "task"); }
                        }
                        """)
                .extension(pkg + ".GuardedModule")
                .resource("db/changelog/guarded.xml", changelog("guarded", """
                        <createTable tableName="guarded_log">
                          <column name="tenant_id" type="uuid"><constraints nullable="false"/></column>
                          <column name="id" type="uuid"><constraints nullable="false"/></column>
                          <column name="text" type="varchar(200)"><constraints nullable="false"/></column>
                          <column name="via" type="varchar(20)"><constraints nullable="false"/></column>
                        </createTable>
                        <addPrimaryKey tableName="guarded_log" columnNames="tenant_id, id"/>
                        """))
                .build();
    }

    /**
     * Records visits to parties in its own table, {@code POST /api/v1/visits {"partyId": …}}, and declares that
     * column as a party reference: the kernel must refuse to delete a visited party.
     */
    static PluginJar visits() {
        String pkg = "io.tessera.plugins.visits";
        return PluginJar.plugin("visits")
                .version("1.0.0")
                .source(pkg + ".Visit", """
                        package io.tessera.plugins.visits;

                        import io.tessera.sdk.persistence.TenantScopedEntity;
                        import jakarta.persistence.*;
                        import java.util.UUID;

                        @Entity
                        @Table(name = "visits")
                        public class Visit extends TenantScopedEntity {
                            @Column(name = "party_id", nullable = false)
                            private UUID partyId;
                            protected Visit() {}
                            public Visit(UUID partyId) { this.partyId = partyId; }
                            public UUID getPartyId() { return partyId; }
                        }
                        """)
                .source(pkg + ".VisitsModule", """
                        package io.tessera.plugins.visits;

                        import io.tessera.sdk.*;
                        import io.tessera.sdk.party.PartyReference;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class VisitsModule implements TesseraModule {
                            public String name() { return "Visits"; }
                            public ModuleCategory category() { return ModuleCategory.CRM; }
                            public List<Class<?>> entityClasses() { return List.of(Visit.class); }
                            public Optional<String> changelog() { return Optional.of("db/changelog/visits.xml"); }
                            public List<Permission> permissions() { return List.of(new Permission("visits.write", "Record visits")); }
                            public List<Class<?>> components() { return List.of(VisitsController.class); }
                            public List<PartyReference> partyReferences() {
                                return List.of(new PartyReference("visits", "party_id", "visits"));
                            }
                        }
                        """)
                .source(pkg + ".VisitsController", """
                        package io.tessera.plugins.visits;

                        import jakarta.persistence.EntityManager;
                        import java.util.*;
                        import org.springframework.http.ResponseEntity;
                        import org.springframework.transaction.support.TransactionTemplate;
                        import org.springframework.web.bind.annotation.*;

                        @RestController
                        @RequestMapping("/api/v1/visits")
                        @io.tessera.sdk.security.RequiresPermission("visits.write")
                        class VisitsController {
                            private final EntityManager em;
                            private final TransactionTemplate tx;
                            VisitsController(EntityManager em, TransactionTemplate tx) { this.em = em; this.tx = tx; }

                            record VisitBody(UUID partyId) {}

                            @PostMapping
                            ResponseEntity<Map<String, Object>> create(@RequestBody VisitBody body) {
                                Visit visit = tx.execute(s -> { Visit v = new Visit(body.partyId()); em.persist(v); return v; });
                                return ResponseEntity.status(201).body(Map.of("id", visit.getId()));
                            }
                        }
                        """)
                .extension(pkg + ".VisitsModule")
                .resource("db/changelog/visits.xml", changelog("visits", """
                        <createTable tableName="visits">
                          <column name="tenant_id" type="uuid"><constraints nullable="false"/></column>
                          <column name="id" type="uuid"><constraints nullable="false"/></column>
                          <column name="party_id" type="uuid"><constraints nullable="false"/></column>
                          <column name="version" type="bigint"/>
                        </createTable>
                        <addPrimaryKey tableName="visits" columnNames="tenant_id, id"/>
                        <createIndex tableName="visits" indexName="visits_party_ix">
                          <column name="tenant_id"/>
                          <column name="party_id"/>
                        </createIndex>
                        """))
                .build();
    }

    /** A plugin that needs nothing but a module declaration. */
    static PluginJar.Builder minimal(String id) {
        String pkg = "io.tessera.plugins." + id.replace("-", "");
        String cls = pkg + ".Module";
        return PluginJar.plugin(id)
                .source(cls, """
                        package %s;

                        import io.tessera.sdk.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class Module implements TesseraModule {
                            public String name() { return "%s"; }
                            public ModuleCategory category() { return ModuleCategory.ERP; }
                        }
                        """.formatted(pkg, id))
                .extension(cls);
    }

    /** A jar whose manifest lacks Plugin-Id. */
    static PluginJar brokenManifest() {
        return minimal("broken-manifest").withoutAttribute("Plugin-Id").fileName("broken-manifest.jar").build();
    }

    /** Requires a plugin that is not installed. */
    static PluginJar missingDependency() {
        return minimal("needs-ghost").dependencies("ghost@>=1.0.0").build();
    }

    /** Requires a newer kernel than this one. */
    static PluginJar tooNew() {
        return minimal("too-new").requires(">=99.0.0").build();
    }

    /** Its Plugin.start() throws. */
    static PluginJar startFails() {
        return minimal("start-fails")
                .source("io.tessera.plugins.startfails.FailingPlugin", """
                        package io.tessera.plugins.startfails;

                        public class FailingPlugin extends org.pf4j.Plugin {
                            @Override
                            public void start() { throw new IllegalStateException("licence server unreachable"); }
                        }
                        """)
                .pluginClass("io.tessera.plugins.startfails.FailingPlugin")
                .build();
    }

    /** Its changelog has a changeset that fails. */
    static PluginJar badChangeset() {
        return PluginJar.plugin("bad-changeset")
                .source("io.tessera.plugins.badchangeset.Declaration", """
                        package io.tessera.plugins.badchangeset;

                        import io.tessera.sdk.*;
                        import java.util.Optional;
                        import org.pf4j.Extension;

                        @Extension
                        public class Declaration implements TesseraModule {
                            public String name() { return "Bad changeset"; }
                            public ModuleCategory category() { return ModuleCategory.ERP; }
                            public Optional<String> changelog() { return Optional.of("db/changelog/bad-changeset.xml"); }
                        }
                        """)
                .extension("io.tessera.plugins.badchangeset.Declaration")
                .resource("db/changelog/bad-changeset.xml", changelog("bad", """
                        <sql>create table bad_one (tenant_id uuid not null, id uuid primary key)</sql>
                        <sql>this is not sql</sql>
                        """))
                .build();
    }

    /** Requires bad-changeset, which fails. */
    static PluginJar dependsOnBadChangeset() {
        return minimal("needs-bad").dependencies("bad-changeset").build();
    }

    /** Requires notes, and optionally a plugin that is not installed. */
    static PluginJar usesNotes() {
        return minimal("uses-notes").dependencies("notes@>=1.0.0, ghost?").build();
    }

    static String changelog(String id, String changes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog https://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                  <changeSet id="%s-1" author="test">
                %s
                  </changeSet>
                </databaseChangeLog>
                """.formatted(id, changes);
    }
}
