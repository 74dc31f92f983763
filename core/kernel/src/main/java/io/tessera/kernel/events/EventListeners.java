package io.tessera.kernel.events;

import io.tessera.sdk.event.DomainEvent;
import io.tessera.sdk.event.DomainEventListener;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/** The {@link DomainEventListener} beans of the kernel and every started module, by bean name. */
@Component
class EventListeners {

    private final ListableBeanFactory beans;
    private volatile Map<String, DomainEventListener<?>> byName;

    EventListeners(ListableBeanFactory beans) {
        this.beans = beans;
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
