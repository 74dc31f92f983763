package io.tessera.plugins.activities;

import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import org.springframework.util.ClassUtils;

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

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(READ, "See activities and one's own notifications", true),
                new Permission(WRITE, "Log, plan, complete and delete activities", true));
    }

    @Override
    public List<Class<?>> components() {
        List<Class<?>> components = new ArrayList<>(List.of(ActivityService.class, NotificationService.class,
                ReminderTask.class, ActivitiesInstaller.class, ActivityController.class, ActivityTimeline.class,
                ActivityCounts.class));
        // the views need the shell's UI kit; a kernel without it (headless) gets the API alone
        ifPresent(components, "io.tessera.ui.kit.ModuleUi", "ActivitiesUi");
        // listeners of optional modules' events: only where those modules' API classes exist
        ifPresent(components, "io.tessera.plugins.pipeline.api.OpportunityWon", "OpportunityWonNote");
        ifPresent(components, "io.tessera.plugins.pipeline.api.OpportunityLost", "OpportunityLostNote");
        return components;
    }

    private static void ifPresent(List<Class<?>> components, String requiredClass, String component) {
        ClassLoader loader = ActivitiesModule.class.getClassLoader();
        if (!ClassUtils.isPresent(requiredClass, loader)) {
            return;
        }
        try {
            components.add(Class.forName(ActivitiesModule.class.getPackageName() + "." + component, false, loader));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(component + " is missing from the activities plugin", e);
        }
    }
}
