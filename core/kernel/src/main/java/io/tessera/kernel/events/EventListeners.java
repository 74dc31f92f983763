package io.tessera.kernel.events;

import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.DomainEventListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The {@link DomainEventListener} beans of the kernel and every started module, by stable id:
 * {@code <module id>:<listener name>} ({@code kernel:<name>} for the kernel's own), never a bean or class name,
 * so that outbox rows survive a renamed class as long as the listener keeps its {@link DomainEventListener#name()}.
 */
@Component
class EventListeners {

    /** The id prefix of the kernel's own listeners. */
    static final String KERNEL = "kernel";

    private record Registered(String id, Optional<String> module, DomainEventListener<?> listener) {
    }

    private final ListableBeanFactory beans;
    private final ModuleCatalog catalog;
    private volatile Map<String, Registered> byId;

    EventListeners(ListableBeanFactory beans, ModuleCatalog catalog) {
        this.beans = beans;
        this.catalog = catalog;
    }

    /** The module a listener belongs to; empty for the kernel's own listeners and for unknown ids. */
    Optional<String> moduleOf(String id) {
        return Optional.ofNullable(all().get(id)).flatMap(Registered::module);
    }

    /** Ids of the listeners that receive this event type (or a supertype of it), sorted. */
    List<String> idsFor(Class<? extends DomainEvent> type) {
        return all().values().stream()
                .filter(r -> r.listener().eventType().isAssignableFrom(type))
                .map(Registered::id)
                .sorted()
                .toList();
    }

    Optional<DomainEventListener<?>> byId(String id) {
        return Optional.ofNullable(all().get(id)).map(Registered::listener);
    }

    /** Every installed listener's id. */
    Set<String> ids() {
        return all().keySet();
    }

    @SuppressWarnings("rawtypes")
    private Map<String, Registered> all() {
        Map<String, Registered> current = byId;
        if (current == null) {
            Map<String, Registered> found = new HashMap<>();
            for (Map.Entry<String, DomainEventListener> bean : beans.getBeansOfType(DomainEventListener.class).entrySet()) {
                DomainEventListener<?> listener = bean.getValue();
                Optional<String> module = catalog.owning(AopUtils.getTargetClass(listener)).map(InstalledModule::id);
                String name = listener.name();
                if (name == null || name.isBlank()) {
                    throw new IllegalStateException("Event listener " + bean.getKey() + " has no name");
                }
                String id = module.orElse(KERNEL) + ":" + name.strip();
                Registered previous = found.put(id, new Registered(id, module, listener));
                if (previous != null) {
                    throw new IllegalStateException("Two event listeners share the id " + id + ": "
                            + AopUtils.getTargetClass(previous.listener()).getName() + " and "
                            + AopUtils.getTargetClass(listener).getName() + "; give one its own name()");
                }
            }
            current = Map.copyOf(found);
            byId = current;
        }
        return current;
    }
}
