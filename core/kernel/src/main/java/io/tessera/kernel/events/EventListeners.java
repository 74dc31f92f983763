package io.tessera.kernel.events;

import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.DomainEventListener;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/** The {@link DomainEventListener} beans of the kernel and every started module, by bean name. */
@Component
class EventListeners {

    private final ListableBeanFactory beans;
    private final ModuleCatalog catalog;
    private volatile Map<String, DomainEventListener<?>> byName;

    EventListeners(ListableBeanFactory beans, ModuleCatalog catalog) {
        this.beans = beans;
        this.catalog = catalog;
    }

    /** The module a listener belongs to; empty for the kernel's own listeners. */
    Optional<String> moduleOf(String listenerName) {
        return byName(listenerName).flatMap(l -> catalog.owning(AopUtils.getTargetClass(l))).map(InstalledModule::id);
    }

    /** Names of the listeners that receive this event type (or a supertype of it). */
    List<String> namesFor(Class<? extends DomainEvent> type) {
        return all().entrySet().stream()
                .filter(e -> e.getValue().eventType().isAssignableFrom(type))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    Optional<DomainEventListener<?>> byName(String name) {
        return Optional.ofNullable(all().get(name));
    }

    @SuppressWarnings("rawtypes")
    private Map<String, DomainEventListener<?>> all() {
        Map<String, DomainEventListener<?>> current = byName;
        if (current == null) {
            Map<String, DomainEventListener> found = beans.getBeansOfType(DomainEventListener.class);
            current = found.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> (DomainEventListener<?>) e.getValue()));
            byName = current;
        }
        return current;
    }
}
