package io.tessera.plugins.pipeline;

import io.tessera.plugins.pipeline.PipelineRequests.NewPipeline;
import io.tessera.plugins.pipeline.PipelineViews.Forecast;
import io.tessera.plugins.pipeline.PipelineViews.PipelineView;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pipeline/pipelines} and {@code /api/v1/pipeline/forecast}. */
@RestController
@RequestMapping("/api/v1/pipeline")
class PipelineController {

    private final PipelineService pipelines;
    private final ForecastService forecasts;

    PipelineController(PipelineService pipelines, ForecastService forecasts) {
        this.pipelines = pipelines;
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

    @GetMapping("/forecast")
    @RequiresPermission(PipelineModule.READ)
    Forecast forecast(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String currency) {
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw ApiProblem.badRequest("currency", "must be an ISO 4217 code such as EUR");
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
