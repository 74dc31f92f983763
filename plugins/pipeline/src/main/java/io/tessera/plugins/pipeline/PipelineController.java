package io.tessera.plugins.pipeline;

import io.tessera.plugins.pipeline.PipelineRequests.NewPipeline;
import io.tessera.plugins.pipeline.PipelineRequests.NewStage;
import io.tessera.plugins.pipeline.PipelineRequests.StageOrder;
import io.tessera.plugins.pipeline.PipelineViews.Forecast;
import io.tessera.plugins.pipeline.PipelineViews.PipelineView;
import io.tessera.plugins.pipeline.PipelineViews.StageView;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.money.Currencies;
import io.tessera.sdk.web.ApiProblem;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pipeline/pipelines} (with their stages) and {@code /api/v1/pipeline/forecast}. */
@RestController
@RequestMapping("/api/v1/pipeline")
class PipelineController {

    private final PipelineService pipelines;
    private final StageService stages;
    private final ForecastService forecasts;

    PipelineController(PipelineService pipelines, StageService stages, ForecastService forecasts) {
        this.pipelines = pipelines;
        this.stages = stages;
        this.forecasts = forecasts;
    }

    @GetMapping("/pipelines")
    @RequiresPermission(PipelineModule.READ)
    List<PipelineView> pipelines() {
        return pipelines.list();
    }

    @PostMapping("/pipelines")
    @RequiresPermission(PipelineModule.CONFIGURE)
    ResponseEntity<PipelineView> create(@Valid @RequestBody NewPipeline request) {
        PipelineView created = pipelines.create(request);
        return ResponseEntity.created(URI.create("/api/v1/pipeline/pipelines/" + created.id())).body(created);
    }

    /** Appends a stage (probability 0–100). */
    @PostMapping("/pipelines/{pipelineId}/stages")
    @RequiresPermission(PipelineModule.CONFIGURE)
    ResponseEntity<StageView> addStage(@PathVariable UUID pipelineId, @Valid @RequestBody NewStage request) {
        StageView created = stages.add(pipelineId, request);
        return ResponseEntity.created(URI.create("/api/v1/pipeline/pipelines/" + pipelineId + "/stages/" + created.id()))
                .body(created);
    }

    /** Renames a stage and sets its win probability (0–100). */
    @PutMapping("/pipelines/{pipelineId}/stages/{stageId}")
    @RequiresPermission(PipelineModule.CONFIGURE)
    StageView updateStage(@PathVariable UUID pipelineId, @PathVariable UUID stageId, @Valid @RequestBody NewStage request) {
        return stages.update(pipelineId, stageId, request);
    }

    /** Puts the stages in a new order: {@code stageIds} lists every stage of the pipeline once, first to last. */
    @PutMapping("/pipelines/{pipelineId}/stage-order")
    @RequiresPermission(PipelineModule.CONFIGURE)
    PipelineView reorderStages(@PathVariable UUID pipelineId, @Valid @RequestBody StageOrder request) {
        return stages.reorder(pipelineId, request.stageIds());
    }

    /**
     * Deletes a stage: 409 while opportunities are in it, unless {@code moveTo} names another stage of the pipeline
     * to move them to first (all or nothing).
     */
    @DeleteMapping("/pipelines/{pipelineId}/stages/{stageId}")
    @RequiresPermission(PipelineModule.CONFIGURE)
    ResponseEntity<Void> deleteStage(@PathVariable UUID pipelineId, @PathVariable UUID stageId,
                                     @RequestParam(required = false) UUID moveTo) {
        stages.delete(pipelineId, stageId, moveTo);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/forecast")
    @RequiresPermission(PipelineModule.READ)
    Forecast forecast(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String currency) {
        if (currency != null && !Currencies.isMoney(currency)) {
            throw ApiProblem.badRequest("currency", Currencies.MESSAGE);
        }
        return forecasts.forecast(month("from", from), month("to", to), currency);
    }

    private static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest(field, "is required (YYYY-MM)");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(field, "must be a month as YYYY-MM");
        }
    }
}
