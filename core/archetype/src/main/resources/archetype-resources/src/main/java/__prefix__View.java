package ${package};

import java.time.Instant;
import java.util.UUID;

/**
 * An entry as the API and the views show it.
 *
 * @param id        the entry's id
 * @param title     its title
 * @param body      its details
 * @param createdAt when it was created
 * @param version   its version, to send back on update
 */
record ${prefix}View(UUID id, String title, String body, Instant createdAt, Long version) {

    static ${prefix}View of(${prefix}Entry entry) {
        return new ${prefix}View(entry.getId(), entry.getTitle(), entry.getBody(), entry.getCreatedAt(),
                entry.getVersion());
    }
}
