package io.tessera.kernel.audit;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantScopedEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.Type;

/**
 * Collects an audit entry for every insert, update and delete of a tenant-owned entity during a
 * flush, and writes them in one batch just before the transaction commits — on the same connection,
 * so they commit or roll back with the change.
 */
public final class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final long serialVersionUID = 1L;

    /** Entities whose rows are machinery, not business records. */
    private static final Set<String> NOT_AUDITED = Set.of("io.tessera.kernel.events.OutboxEvent");

    private final transient Function<Object, String> json;
    private final transient Map<Object, PendingAudit> open = new ConcurrentHashMap<>();

    /**
     * Creates the listener.
     *
     * @param json serialises the changed-fields map
     */
    public AuditListener(Function<Object, String> json) {
        this.json = json;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (audited(event.getEntity())) {
            Map<String, Object> changes = new LinkedHashMap<>();
            EntityPersister persister = event.getPersister();
            forEachProperty(persister, (i, name) -> {
                Object after = describe(event.getState()[i]);
                if (after != null) {
                    changes.put(name, Map.of("after", after));
                }
            });
            record(event.getSession(), event.getEntity(), persister, String.valueOf(event.getId()), "INSERT", changes);
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!audited(event.getEntity()) || event.getOldState() == null) {
            return;
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        EntityPersister persister = event.getPersister();
        int[] dirty = event.getDirtyProperties();
        if (dirty == null) {
            return;
        }
        for (int i : dirty) {
            String name = persister.getPropertyNames()[i];
            if ("version".equals(name) || persister.getPropertyTypes()[i] instanceof CollectionType) {
                continue;
            }
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("before", describe(event.getOldState()[i]));
            change.put("after", describe(event.getState()[i]));
            changes.put(name, change);
        }
        if (!changes.isEmpty()) {
            record(event.getSession(), event.getEntity(), persister, String.valueOf(event.getId()), "UPDATE", changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (audited(event.getEntity())) {
            Map<String, Object> changes = new LinkedHashMap<>();
            EntityPersister persister = event.getPersister();
            forEachProperty(persister, (i, name) -> {
                Object before = event.getDeletedState() == null ? null : describe(event.getDeletedState()[i]);
                if (before != null) {
                    changes.put(name, Map.of("before", before));
                }
            });
            record(event.getSession(), event.getEntity(), persister, String.valueOf(event.getId()), "DELETE", changes);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private interface PropertyVisitor {
        void visit(int index, String name);
    }

    private static void forEachProperty(EntityPersister persister, PropertyVisitor visitor) {
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < names.length; i++) {
            if (!(types[i] instanceof CollectionType) && !"version".equals(names[i]) && !"tenantId".equals(names[i])) {
                visitor.visit(i, names[i]);
            }
        }
    }

    private static boolean audited(Object entity) {
        return entity instanceof TenantScopedEntity && !NOT_AUDITED.contains(entity.getClass().getName());
    }

    private static Object describe(Object value) {
        return switch (value) {
            case null -> null;
            case TenantScopedEntity e -> e.getId().toString();
            case Number n -> n;
            case Boolean b -> b;
            case Enum<?> e -> e.name();
            default -> value.toString();
        };
    }

    private void record(SharedSessionContractImplementor session, Object entity, EntityPersister persister, String id, String action,
                        Map<String, Object> changes) {
        UUID tenantId = ((TenantScopedEntity) entity).getTenantId() != null
                ? ((TenantScopedEntity) entity).getTenantId()
                : (UUID) session.getTenantIdentifierValue();
        String type = persister.getEntityName();
        type = type.substring(type.lastIndexOf('.') + 1);
        pending(session).add(new AuditEntry(tenantId, Ids.newId(), Instant.now(), TenantContext.userId().orElse(null),
                type, id, action, changes.isEmpty() ? null : json.apply(changes)));
    }

    /** The session's pending entries; the first one registers the write before completion. */
    private List<AuditEntry> pending(SharedSessionContractImplementor session) {
        return open.computeIfAbsent(session, key -> {
            PendingAudit created = new PendingAudit(key, open);
            session.getTransactionCompletionCallbacks().registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) created);
            session.getTransactionCompletionCallbacks().registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) created);
            return created;
        }).entries;
    }

    /** Writes the collected entries just before commit; forgets them when the transaction ends either way. */
    static final class PendingAudit implements TransactionCompletionCallbacks.BeforeCompletionCallback,
            TransactionCompletionCallbacks.AfterCompletionCallback {
        private final List<AuditEntry> entries = new ArrayList<>();
        private final Object session;
        private final Map<Object, PendingAudit> open;

        PendingAudit(Object session, Map<Object, PendingAudit> open) {
            this.session = session;
            this.open = open;
        }

        @Override
        public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
            if (entries.isEmpty()) {
                return;
            }
            List<AuditEntry> batch = List.copyOf(entries);
            entries.clear();
            session.doWork(connection -> AuditWriter.write(connection, batch));
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor ignored) {
            entries.clear();
            open.remove(session);
        }
    }
}
