package io.tessera.plugins.accounting.dunning;

import io.tessera.sdk.TenantRef;
import io.tessera.sdk.TenantTask;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;

/**
 * Proposes reminders for every tenant with accounting enabled: at start-up and then every
 * {@code tessera.accounting.dunning-interval} (default one day). Runs on every node; a run is idempotent and runs
 * are serialised per tenant (see {@link DunningProposals#propose}).
 */
class DunningTask implements TenantTask {

    private final DunningProposals proposals;
    private final Duration interval;

    DunningTask(DunningProposals proposals, @Value("${tessera.accounting.dunning-interval:P1D}") Duration interval) {
        this.proposals = proposals;
        this.interval = interval;
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run(TenantRef tenant) {
        proposals.propose(LocalDate.now(ZoneOffset.UTC));
    }
}
