package io.tessera.plugins.leads;

import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;
import org.springframework.util.ClassUtils;

/** The {@code leads} module's declaration. */
@Extension
public class LeadsModule implements TesseraModule {

    static final String ID = "leads";
    static final String READ = "leads.read";
    static final String WRITE = "leads.write";
    static final String CONVERT = "leads.convert";
    static final String CONFIGURE = "leads.configure";
    /** Present only where the Vaadin shell runs. */
    static final String UI_KIT = "io.tessera.ui.kit.ModuleUi";

    /** Created by PF4J. */
    public LeadsModule() {
    }

    @Override
    public String name() {
        return "Leads";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.CRM;
    }

    @Override
    public String description() {
        return "Capture leads from the API and your web site, score them (also by their activities, with the activities "
                + "module) and assign them, spot duplicates and convert them into customers and, with the sales pipeline, "
                + "opportunities.";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Lead.class, ScoringRule.class, TeamMember.class, LeadForm.class);
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/leads.xml");
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(READ, "See leads, their duplicates, the scoring rules and the team", true),
                new Permission(WRITE, "Capture, update, qualify and disqualify leads", true),
                new Permission(CONVERT, "Convert leads into customers and opportunities", true),
                new Permission(CONFIGURE, "Change scoring rules, the lead team and web forms"));
    }

    @Override
    public List<Class<?>> components() {
        List<Class<?>> components = new ArrayList<>(List.of(ScoringService.class, TeamService.class, LeadService.class,
                OpportunityLink.class, ActivityLink.class, ConversionService.class, FormService.class,
                SubmissionThrottle.class, FormHitsCleanup.class, LeadsInstaller.class, LeadsController.class,
                LeadsSettingsController.class, PublicFormController.class));
        // the views need the shell's UI kit; a kernel without it (headless) gets the API alone
        if (ClassUtils.isPresent(UI_KIT, LeadsModule.class.getClassLoader())) {
            components.add(LeadsUi.class);
        }
        // listeners of the optional activities module's events and API: only where its API classes exist
        if (ClassUtils.isPresent(ActivityLink.API, LeadsModule.class.getClassLoader())) {
            components.add(listener("ActivityScoreListener"));
            components.add(listener("ConvertedLeadNote"));
        }
        return components;
    }

    private static Class<?> listener(String name) {
        try {
            return Class.forName(LeadsModule.class.getPackageName() + "." + name, false, LeadsModule.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Listener " + name + " is missing from the leads plugin", e);
        }
    }
}
