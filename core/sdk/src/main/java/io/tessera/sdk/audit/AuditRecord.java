package io.tessera.sdk.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One action for the audit trail.
 *
 * @param subject what kind of record was acted on, e.g. {@code JournalEntry} (at most 200 characters)
 * @param id      the record's id, or {@code null} (at most 100 characters)
 * @param action  what was done, an upper-case word such as {@code POST} or {@code CONFIRM} (at most 32 characters)
 * @param details facts worth keeping (amounts, numbers, related ids), kept in their order; values must be
 *                serialisable as JSON
 */
public record AuditRecord(String subject, String id, String action, Map<String, Object> details) {

    /**
     * Checks the record.
     *
     * @throws IllegalArgumentException when subject or action is blank or too long
     */
    public AuditRecord {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        if (subject.isBlank() || subject.length() > 200) {
            throw new IllegalArgumentException("subject must be 1 to 200 characters: " + subject);
        }
        if (action.isBlank() || action.length() > 32) {
            throw new IllegalArgumentException("action must be 1 to 32 characters: " + action);
        }
        if (id != null && id.length() > 100) {
            throw new IllegalArgumentException("id must be at most 100 characters");
        }
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
