package io.tessera.plugins.accounting.dunning;

import io.tessera.plugins.accounting.invoicing.InvoiceRecords;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Dunning levels, proposals (review, send, dismiss), a party's dunning history, and the disputed flag on invoices. */
@RestController
@RequestMapping("/api/v1/accounting")
class DunningController {

    private final DunningLevels levels;
    private final DunningProposals proposals;
    private final InvoiceRecords invoices;
    private final io.tessera.plugins.accounting.common.Parties parties;
    private final TenantJdbc db;

    DunningController(DunningLevels levels, DunningProposals proposals, InvoiceRecords invoices,
                      io.tessera.plugins.accounting.common.Parties parties, TenantJdbc db) {
        this.levels = levels;
        this.proposals = proposals;
        this.invoices = invoices;
        this.parties = parties;
        this.db = db;
    }

    @GetMapping("/dunning/levels")
    @RequiresPermission("accounting.read")
    Map<String, Object> levels() {
        return Map.of("items", db.tx().write(levels::all));
    }

    /** Adds or replaces the level {@code level} (the body's {@code level} must match or be left out). */
    @PutMapping("/dunning/levels/{level}")
    @RequiresPermission("accounting.manage")
    DunningLevel saveLevel(@PathVariable int level, @RequestBody DunningLevel body) {
        if (body.level() != null && body.level() != level) {
            throw ApiProblem.invalid("level", "must equal the level in the path");
        }
        return db.tx().write(() -> levels.save(new DunningLevel(null, level, body.daysOverdue(), body.name(), body.subject(),
                body.body(), body.fee())));
    }

    @DeleteMapping("/dunning/levels/{level}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission("accounting.manage")
    void deleteLevel(@PathVariable int level) {
        db.tx().write(() -> {
            levels.delete(level);
            return null;
        });
    }

    /** Runs the proposal now (the daily task does the same) as of today, UTC. */
    @PostMapping("/dunning/run")
    @RequiresPermission("accounting.write")
    DunningProposals.Run run() {
        return db.tx().write(() -> proposals.propose(LocalDate.now(ZoneOffset.UTC)));
    }

    /** Proposals in a state ({@code PROPOSED} by default), oldest first; keyset paging with {@code after} = the last id. */
    @GetMapping("/dunning/proposals")
    @RequiresPermission("accounting.read")
    Map<String, Object> proposals(@RequestParam(defaultValue = "PROPOSED") String state, @RequestParam(required = false) UUID after,
                                  @RequestParam(defaultValue = "50") int size) {
        if (!Set.of("PROPOSED", "SENT", "DISMISSED").contains(state)) {
            throw ApiProblem.invalid("state", "must be PROPOSED, SENT or DISMISSED");
        }
        if (size < 1 || size > 500) {
            throw ApiProblem.invalid("size", "must be 1 to 500");
        }
        List<Proposal> items = db.tx().write(() -> proposals.list(state, after, size));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("next", items.size() == size ? items.getLast().id() : null);
        return page;
    }

    /**
     * The body of a reminder send.
     *
     * @param to the recipient; default: the party's email
     */
    record SendBody(String to) {
    }

    /** Sends a proposed reminder by mail with the invoice's PDF (202: queued in the outbox). */
    @PostMapping("/dunning/proposals/{id}/send")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RequiresPermission("accounting.write")
    Proposal send(@PathVariable UUID id, @RequestBody(required = false) SendBody body) {
        return db.tx().write(() -> proposals.send(id, body == null ? null : body.to()));
    }

    @PostMapping("/dunning/proposals/{id}/dismiss")
    @RequiresPermission("accounting.write")
    Proposal dismiss(@PathVariable UUID id) {
        return db.tx().write(() -> proposals.dismiss(id));
    }

    /** A party's sent reminders, newest first (at most 200). */
    @GetMapping("/parties/{partyId}/dunning")
    @RequiresPermission("accounting.read")
    Map<String, Object> history(@PathVariable UUID partyId) {
        return db.tx().write(() -> {
            if (!parties.unknown(Set.of(partyId)).isEmpty()) {
                throw ApiProblem.notFound("Party", partyId);
            }
            return Map.of("partyId", partyId, "items", proposals.history(partyId, 200));
        });
    }

    /**
     * The disputed flag.
     *
     * @param disputed whether the customer disputes the invoice
     */
    record DisputedBody(Boolean disputed) {
    }

    /** Marks an invoice disputed (no reminders) or undisputed. */
    @PutMapping("/invoices/{id}/disputed")
    @RequiresPermission("accounting.write")
    Map<String, Object> disputed(@PathVariable UUID id, @RequestBody DisputedBody body) {
        if (body == null || body.disputed() == null) {
            throw ApiProblem.invalid("disputed", "is required (true or false)");
        }
        return db.tx().write(() -> {
            invoices.setDisputed(id, body.disputed()).orElseThrow(() -> ApiProblem.notFound("Invoice", id));
            return Map.of("id", id, "disputed", body.disputed());
        });
    }

}
