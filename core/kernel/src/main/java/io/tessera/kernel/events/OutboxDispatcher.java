package io.tessera.kernel.events;

import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.DomainEventListener;
import io.tessera.sdk.security.SystemOnly;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Delivers outbox rows: right after a publishing transaction commits, and every few seconds for
 * whatever is left (a crash, a failed listener waiting for its retry). Each row is delivered in its
 * own transaction with its tenant in scope; the row is locked (skipping rows another node holds) and
 * deleted when the listener returns, so on success the delivery and the removal commit together, on
 * exactly one node.
 *
 * <p>Rows name their listener by its stable id ({@link EventListeners}). Rows whose listener is not installed
 * on this node (a plugin removed, or a listener renamed without keeping its name) are left alone rather than
 * retried: each such id is logged once, and their number is the gauge {@value #STRANDED_METRIC}. They are
 * delivered if a node with that listener comes (back).
 */
@Component
class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 100;
    static final int MAX_BACKOFF_SECONDS = 3600;
    /** The gauge of outbox rows whose listener is not installed on this node. */
    static final String STRANDED_METRIC = "tessera.outbox.stranded";

    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final EventListeners listeners;
    private final ObjectMapper json;
    private final ApplicationContext context;
    private final ModuleAccess modules;
    private final TransactionSettings settings;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong stranded = new AtomicLong();
    private final Set<String> reportedStranded = ConcurrentHashMap.newKeySet();
    private ExecutorService worker;

    OutboxDispatcher(TransactionTemplate tx, JdbcClient jdbc, EntityManager entityManager, EventListeners listeners,
                     ObjectMapper json, ApplicationContext context, ModuleAccess modules, TransactionSettings settings,
                     ObjectProvider<MeterRegistry> meters) {
        meters.ifAvailable(registry -> Gauge.builder(STRANDED_METRIC, stranded, AtomicLong::get)
                .description("Outbox rows whose listener is not installed on this node").register(registry));
        this.modules = modules;
        this.settings = settings;
        this.tx = tx;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.listeners = listeners;
        this.json = json;
        this.context = context;
    }

    /** Asks for a delivery round soon; cheap, coalesces bursts. */
    void wakeUp() {
        if (running.get() && pending.compareAndSet(false, true)) {
            worker.execute(this::drainQuietly);
        }
    }

    @Scheduled(fixedDelayString = "${tessera.events.poll-interval:5s}", initialDelayString = "${tessera.events.poll-interval:5s}")
    void poll() {
        wakeUp();
    }

    private void drainQuietly() {
        pending.set(false);
        try {
            int delivered;
            do {
                delivered = deliverBatch();
            } while (delivered == BATCH && running.get());
            countStranded();
        } catch (RuntimeException e) {
            log.error("Outbox delivery round failed; it is retried on the next poll", e);
        }
    }

    /** Delivers up to one batch of due rows; returns how many rows it found. */
    @SystemOnly("the dispatcher's own worker thread")
    int deliverBatch() {
        List<Due> due = TenantContext.callWithoutTenant(() -> tx.execute(status -> {
            settings.setLocal("app.outbox_dispatch", "on");
            return jdbc.sql("""
                            select o.tenant_id, o.id, t.slug from outbox_events o join tenants t on t.id = o.tenant_id
                             where o.available_at <= :now and o.listener in (:known) order by o.available_at limit :batch""")
                    .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .param("known", known())
                    .param("batch", BATCH)
                    .query((rs, row) -> new Due(new TenantRef(rs.getObject(1, UUID.class), rs.getString(3)),
                            rs.getObject(2, UUID.class)))
                    .list();
        }));
        for (Due row : due) {
            deliver(row);
        }
        return due.size();
    }

    private record Due(TenantRef tenant, UUID id) {
    }

    /** The installed listeners' ids, never empty (an empty IN list is not SQL). */
    private List<String> known() {
        List<String> ids = new ArrayList<>(listeners.ids());
        if (ids.isEmpty()) {
            ids.add("");
        }
        return ids;
    }

    /** Counts the rows no listener here can take, and logs each such listener id once. */
    @SystemOnly("the dispatcher's own worker thread")
    void countStranded() {
        Map<String, Long> byListener = TenantContext.callWithoutTenant(() -> tx.execute(status -> {
            settings.setLocal("app.outbox_dispatch", "on");
            Map<String, Long> counts = new TreeMap<>();
            jdbc.sql("select o.listener, count(*) from outbox_events o where o.listener not in (:known) group by o.listener")
                    .param("known", known())
                    .query(rs -> {
                        counts.put(rs.getString(1), rs.getLong(2));
                    });
            return counts;
        }));
        stranded.set(byListener.values().stream().mapToLong(Long::longValue).sum());
        byListener.forEach((listener, count) -> {
            if (reportedStranded.add(listener)) {
                log.error("{} outbox event(s) wait for listener {}, which is not installed on this node: they are not "
                        + "retried here (see the {} gauge)", count, listener, STRANDED_METRIC);
            }
        });
    }

    private void deliver(Due row) {
        TenantContext.runAs(row.tenant(), () -> {
            try {
                tx.executeWithoutResult(status -> {
                    OutboxEvent event = entityManager.find(OutboxEvent.class, row.id(), LockModeType.PESSIMISTIC_WRITE,
                            Map.of("jakarta.persistence.lock.timeout", -2));
                    if (event == null) {
                        return; // delivered by another node meanwhile
                    }
                    boolean consumerEnabled = listeners.moduleOf(event.listener()).map(modules::isEnabled).orElse(true);
                    if (consumerEnabled) {
                        invoke(event);
                    } else {
                        log.debug("Dropping {} for {}: its module was detached", event.eventType(), event.listener());
                    }
                    entityManager.remove(event);
                });
            } catch (RuntimeException e) {
                recordFailure(row, e);
            }
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void invoke(OutboxEvent event) {
        DomainEventListener listener = listeners.byId(event.listener())
                .orElseThrow(() -> new IllegalStateException("Listener " + event.listener() + " is not installed"));
        Class<?> type;
        try {
            type = Class.forName(event.eventType(), true, context.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Event type " + event.eventType() + " is not installed", e);
        }
        DomainEvent payload = (DomainEvent) json.readValue(event.payload(), type);
        listener.on(payload);
    }

    private void recordFailure(Due row, RuntimeException error) {
        tx.executeWithoutResult(status -> {
            OutboxEvent event = entityManager.find(OutboxEvent.class, row.id());
            if (event != null) {
                long backoff = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(event.attempts(), 12));
                event.failed(error.getClass().getSimpleName() + ": " + error.getMessage(), Duration.ofSeconds(backoff));
                log.warn("Delivery of {} to {} failed (attempt {}); retry in {} s: {}", event.eventType(), event.listener(),
                        event.attempts(), backoff, error.toString());
            }
        });
    }

    @Override
    public void start() {
        listeners.ids(); // fails the start on two listeners with one id
        worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("outbox-dispatcher").factory());
        running.set(true);
        wakeUp();
    }

    @Override
    public void stop() {
        running.set(false);
        worker.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }
}
