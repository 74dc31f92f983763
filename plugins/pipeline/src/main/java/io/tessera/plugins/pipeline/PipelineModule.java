package io.tessera.plugins.pipeline;

import io.tessera.sdk.Components;
import io.tessera.sdk.ModuleCategory;
import io.tessera.sdk.Permission;
import io.tessera.sdk.TesseraModule;
import io.tessera.sdk.party.PartyReference;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** The {@code pipeline} module's declaration. */
@Extension
public class PipelineModule implements TesseraModule {

    static final String READ = "pipeline.read";
    static final String WRITE = "pipeline.write";
    static final String CONFIGURE = "pipeline.configure";

    /** Created by PF4J. */
    public PipelineModule() {
    }

    @Override
    public String name() {
        return "Sales pipeline";
    }

    @Override
    public ModuleCategory category() {
        return ModuleCategory.CRM;
    }

    @Override
    public String description() {
        return "Pipelines with ordered stages and win probabilities, opportunities with stage history, "
                + "won/lost outcomes and a weighted forecast by month and owner.";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Pipeline.class, Stage.class, Opportunity.class, StageChange.class);
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/pipeline.xml");
    }

    /** Opportunities belong to a party: it is not deleted while it has any, won, lost or open. */
    @Override
    public List<PartyReference> partyReferences() {
        return List.of(
                new PartyReference("opportunities", "party_id", "deals"));
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(READ, "See pipelines, opportunities and the forecast", true),
                new Permission(WRITE, "Create, update, move, win and lose opportunities", true),
                new Permission(CONFIGURE, "Create pipelines and manage their stages"));
    }

    @Override
    public List<Class<?>> components() {
        return Components.of(PipelineModule.class, PipelineService.class, StageService.class, OpportunityService.class,
                        ForecastService.class, PipelineInstaller.class, PipelineController.class,
                        OpportunityController.class)
                // the views need the shell's UI kit; a kernel without it (headless) gets the API alone
                .withUi(() -> List.of(PipelineUi.class))
                .list();
    }
}
