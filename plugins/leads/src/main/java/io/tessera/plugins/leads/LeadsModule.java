package io.tessera.plugins.leads;

import io.tessera.sdk.Components;
import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import io.tessera.sdk.party.PartyReference;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** The {@code leads} module's declaration. */
@Extension
public class LeadsModule implements TesseraModule {

    static final String ID = "leads";
    static final String READ = "leads.read";
    static final String WRITE = "leads.write";
    static final String CONVERT = "leads.convert";
    static final String CONFIGURE = "leads.configure";

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

    /** A converted lead names the company and the person it became. */
    @Override
    public List<PartyReference> partyReferences() {
        return List.of(
                new PartyReference("leads", "company_id", "converted leads"),
                new PartyReference("leads", "person_id", "converted leads"));
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
        return Components.of(LeadsModule.class, ScoringService.class, TeamService.class, LeadService.class,
                        ConversionService.class, FormService.class, SubmissionThrottle.class, FormHitsCleanup.class,
                        LeadsInstaller.class, LeadsController.class, LeadsSettingsController.class,
                        PublicFormController.class)
                // the views need the shell's UI kit; a kernel without it (headless) gets the API alone
                .withUi(() -> List.of(LeadsUi.class))
                // the optional pipeline and activities modules: their adapters and listeners only where their API is
                .whenPresent(OpportunityLink.API, () -> List.of(PipelineOpportunities.class))
                .whenAbsent(OpportunityLink.API, () -> List.of(NoPipeline.class))
                .whenPresent(ActivityLink.API, () -> List.of(LeadActivities.class, ActivityScoreListener.class,
                        ConvertedLeadNote.class))
                .whenAbsent(ActivityLink.API, () -> List.of(NoActivities.class))
                .list();
    }
}
