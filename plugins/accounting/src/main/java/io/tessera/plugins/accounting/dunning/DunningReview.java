package io.tessera.plugins.accounting.dunning;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Dunning for in-process callers (the review view): the same rules as the REST endpoints, one transaction per call,
 * refusals as {@link io.tessera.sdk.web.ApiProblem}s.
 */
public class DunningReview {

    /** The most proposals the review screen lists at once. */
    public static final int PAGE = 200;

    private final DunningProposals proposals;
    private final TenantJdbc db;

    DunningReview(DunningProposals proposals, TenantJdbc db) {
        this.proposals = proposals;
        this.db = db;
    }

    /**
     * The open proposals, oldest first (at most {@link #PAGE}).
     *
     * @return the proposals
     */
    public List<Proposal> open() {
        return db.tx().read(() -> proposals.list("PROPOSED", null, PAGE));
    }

    /**
     * Runs the proposal as of today (UTC), as the daily task does.
     *
     * @return how many reminders were proposed
     */
    @RequiresPermission("accounting.write")
    public int run() {
        return db.tx().write(() -> proposals.propose(LocalDate.now(ZoneOffset.UTC))).proposed();
    }

    /**
     * Sends a proposed reminder to the party's email.
     *
     * @param id the proposal
     * @return the sent proposal
     */
    @RequiresPermission("accounting.write")
    public Proposal send(UUID id) {
        return db.tx().write(() -> proposals.send(id, null));
    }

    /**
     * Dismisses a proposed reminder.
     *
     * @param id the proposal
     * @return the dismissed proposal
     */
    @RequiresPermission("accounting.write")
    public Proposal dismiss(UUID id) {
        return db.tx().write(() -> proposals.dismiss(id));
    }
}
