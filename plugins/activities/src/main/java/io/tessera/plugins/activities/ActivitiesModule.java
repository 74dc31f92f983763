package io.tessera.plugins.activities;

import io.tessera.sdk.Components;
import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import io.tessera.sdk.party.PartyReference;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** The {@code activities} module's declaration. */
@Extension
public class ActivitiesModule implements TesseraModule {

    static final String READ = "activities.read";
    static final String WRITE = "activities.write";

    /** Created by PF4J. */
    public ActivitiesModule() {
    }

    @Override
    public String name() {
        return "Activities";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.CRM;
    }

    @Override
    public String description() {
        return "Calls, meetings, emails, notes and tasks with your contacts, linked to any record; due dates, "
                + "reminders and a chronological history per customer.";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Activity.class, Notification.class);
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/activities.xml");
    }

    /** Every activity is about a party: its history is not orphaned by deleting the party. */
    @Override
    public List<PartyReference> partyReferences() {
        return List.of(
                new PartyReference("activities", "party_id", "activities"));
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(READ, "See activities and one's own notifications", true),
                new Permission(WRITE, "Log, plan, complete and delete activities", true));
    }

    @Override
    public List<Class<?>> components() {
        return Components.of(ActivitiesModule.class, ActivityService.class, NotificationService.class,
                        ReminderTask.class, ActivitiesInstaller.class, ActivityController.class, ActivityTimeline.class,
                        ActivityCounts.class)
                // the views need the shell's UI kit; a kernel without it (headless) gets the API alone
                .withUi(() -> List.of(ActivitiesUi.class))
                // listeners of the optional pipeline module's events: only where its API classes exist
                .whenPresent("io.tessera.plugins.pipeline.api.OpportunityWon", () -> List.of(OpportunityWonNote.class))
                .whenPresent("io.tessera.plugins.pipeline.api.OpportunityLost", () -> List.of(OpportunityLostNote.class))
                .whenPresent("io.tessera.plugins.pipeline.api.Opportunities", () -> List.of(PipelineOpportunityParties.class))
                .list();
    }
}
