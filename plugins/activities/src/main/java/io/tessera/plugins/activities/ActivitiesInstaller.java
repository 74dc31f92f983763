package io.tessera.plugins.activities;

import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.InstallContext;
import io.tessera.sdk.TenantInstaller;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Nothing to seed for a real tenant; a demo tenant without activities gets a few on a demo company. */
class ActivitiesInstaller implements TenantInstaller {

    private final EntityManager em;
    private final Parties parties;
    private final CurrentUser user;

    ActivitiesInstaller(EntityManager em, Parties parties, CurrentUser user) {
        this.em = em;
        this.parties = parties;
        this.user = user;
    }

    @Override
    public void install(InstallContext context) {
        if (!context.demoData() || em.createQuery("select count(a) from Activity a", Long.class).getSingleResult() > 0) {
            return;
        }
        PartySummary acme = parties.findCompaniesByName("Acme Corporation").stream().findFirst()
                .orElseGet(() -> parties.createCompany("Acme Corporation", null, List.of("prospect")));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        add(ActivityType.CALL, "Discovery call with Acme", acme, now.minus(Duration.ofDays(3)), null);
        add(ActivityType.MEETING, "Product demo at Acme", acme, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)));
        add(ActivityType.TASK, "Send Acme the proposal", acme, now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(4)));
    }

    private void add(ActivityType type, String subject, PartySummary party, Instant due, Instant remind) {
        Activity activity = new Activity(type);
        activity.describe(subject, null, party.id(), null, null, remind == null ? null : user.id().orElse(null), due,
                user.id().isPresent() ? remind : null);
        em.persist(activity);
    }
}
