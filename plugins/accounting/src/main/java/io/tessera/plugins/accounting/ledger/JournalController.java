package io.tessera.plugins.accounting.ledger;

import io.tessera.plugins.accounting.common.IdempotencyKeys;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Journal entries: create (draft or posted, idempotently with {@code Idempotency-Key}), read, edit drafts, post, reverse. */
@RestController
@RequestMapping("/api/v1/accounting/journal-entries")
class JournalController {

    private static final String BASE = "/api/v1/accounting/journal-entries/";

    private final JournalEntries entries;
    private final IdempotencyKeys idempotency;
    private final TenantJdbc db;

    JournalController(JournalEntries entries, IdempotencyKeys idempotency, TenantJdbc db) {
        this.entries = entries;
        this.idempotency = idempotency;
        this.db = db;
    }

    record ReverseBody(LocalDate date, String description) {
    }

    @PostMapping
    @RequiresPermission("accounting.write")
    ResponseEntity<EntryView> create(@RequestBody EntryBody body,
                                     @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        IdempotencyKeys.Outcome<EntryView> outcome = idempotency.once("journal-entries", key, body.fingerprint(),
                id -> entries.create(id, body),
                id -> entries.find(id).orElseThrow(() -> ApiProblem.notFound("Journal entry",
                        id + " (created with this Idempotency-Key, since deleted)")));
        return created(outcome.value(), outcome.replayed());
    }

    @GetMapping("/{id}")
    @RequiresPermission("accounting.read")
    EntryView get(@PathVariable UUID id) {
        return db.tx().write(() -> entries.find(id).orElseThrow(() -> ApiProblem.notFound("Journal entry", id)));
    }

    @GetMapping
    @RequiresPermission("accounting.read")
    Map<String, Object> list(@RequestParam(defaultValue = "POSTED") String state,
                             @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (!state.equals("POSTED") && !state.equals("DRAFT")) {
            throw ApiProblem.invalid("state", "must be POSTED or DRAFT");
        }
        if (page < 0 || size < 1 || size > 500) {
            throw ApiProblem.invalid(page < 0 ? "page" : "size", page < 0 ? "must not be negative" : "must be between 1 and 500");
        }
        LocalDate start = from != null ? from : LocalDate.of(1, 1, 1);
        LocalDate end = to != null ? to : LocalDate.of(9999, 12, 31);
        return db.tx().write(() -> {
            long total = entries.count(state, start, end);
            return Map.of("items", entries.list(state, start, end, page, size), "page", page, "size", size,
                    "totalElements", total, "totalPages", (total + size - 1) / size);
        });
    }

    @PutMapping("/{id}")
    @RequiresPermission("accounting.write")
    EntryView replace(@PathVariable UUID id, @RequestBody EntryBody body) {
        return db.tx().write(() -> entries.replaceDraft(id, body));
    }

    @PatchMapping("/{id}")
    @RequiresPermission("accounting.write")
    EntryView patch(@PathVariable UUID id, @RequestBody EntryBody body) {
        return db.tx().write(() -> entries.patchDraft(id, body));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission("accounting.write")
    void delete(@PathVariable UUID id) {
        db.tx().write(() -> {
            entries.deleteDraft(id);
            return null;
        });
    }

    @PostMapping("/{id}/post")
    @RequiresPermission("accounting.write")
    EntryView post(@PathVariable UUID id) {
        return db.tx().write(() -> entries.post(id));
    }

    @PostMapping("/{id}/reverse")
    @RequiresPermission("accounting.write")
    ResponseEntity<EntryView> reverse(@PathVariable UUID id, @RequestBody(required = false) ReverseBody body) {
        return created(db.tx().write(() -> entries.reverse(id, body == null ? null : body.date(),
                body == null ? null : body.description())), false);
    }

    private static ResponseEntity<EntryView> created(EntryView entry, boolean replayed) {
        ResponseEntity.BodyBuilder response = ResponseEntity.created(URI.create(BASE + entry.id()));
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(entry);
    }
}
