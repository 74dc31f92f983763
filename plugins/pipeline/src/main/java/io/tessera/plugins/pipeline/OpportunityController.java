package io.tessera.plugins.pipeline;

import io.tessera.plugins.pipeline.PipelineRequests.LostRequest;
import io.tessera.plugins.pipeline.PipelineRequests.OpportunityRequest;
import io.tessera.plugins.pipeline.PipelineRequests.Reopen;
import io.tessera.plugins.pipeline.PipelineRequests.StageMove;
import io.tessera.plugins.pipeline.PipelineViews.HistoryView;
import io.tessera.plugins.pipeline.PipelineViews.OpportunityView;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.PageView.Paging;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.RowExport;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pipeline/opportunities}: the current tenant's deals. */
@RestController
@RequestMapping("/api/v1/pipeline/opportunities")
class OpportunityController {

    private final OpportunityService service;

    OpportunityController(OpportunityService service) {
        this.service = service;
    }

    @PostMapping
    @RequiresPermission(PipelineModule.WRITE)
    ResponseEntity<OpportunityView> create(@Valid @RequestBody OpportunityRequest request) {
        OpportunityView created = service.create(request);
        return ResponseEntity.created(URI.create("/api/v1/pipeline/opportunities/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @RequiresPermission(PipelineModule.READ)
    OpportunityView get(@PathVariable UUID id) {
        return service.get(id);
    }

    @PutMapping("/{id}")
    @RequiresPermission(PipelineModule.WRITE)
    OpportunityView update(@PathVariable UUID id, @Valid @RequestBody OpportunityRequest request) {
        return service.update(id, request);
    }

    @GetMapping
    @RequiresPermission(PipelineModule.READ)
    PageView<OpportunityView> list(@RequestParam(required = false) UUID stageId,
                                   @RequestParam(required = false) UUID ownerId,
                                   @RequestParam(required = false) UUID partyId,
                                   @RequestParam(required = false) String status,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) String after) {
        return service.list(new OpportunityService.Filter(stageId, ownerId, partyId, status(status)),
                Paging.of(page, size, after, 1));
    }

    @PostMapping("/{id}/stage")
    @RequiresPermission(PipelineModule.WRITE)
    OpportunityView moveToStage(@PathVariable UUID id, @Valid @RequestBody StageMove move) {
        return service.moveToStage(id, move.stageId());
    }

    @PostMapping("/{id}/won")
    @RequiresPermission(PipelineModule.WRITE)
    OpportunityView won(@PathVariable UUID id) {
        return service.win(id);
    }

    @PostMapping("/{id}/lost")
    @RequiresPermission(PipelineModule.WRITE)
    OpportunityView lost(@PathVariable UUID id, @Valid @RequestBody LostRequest request) {
        return service.lose(id, request.reason());
    }

    /** Reopens a won or lost opportunity into a stage of its pipeline. */
    @PostMapping("/{id}/reopen")
    @RequiresPermission(PipelineModule.WRITE)
    OpportunityView reopen(@PathVariable UUID id, @Valid @RequestBody Reopen request) {
        return service.reopen(id, request.stageId());
    }

    /** {@code Accept: text/csv}: every opportunity matching the filters (not one page), streamed in keyset batches. */
    @GetMapping(produces = "text/csv")
    @RequiresPermission(PipelineModule.READ)
    RowExport<OpportunityView> export(@RequestParam(required = false) UUID stageId,
                                      @RequestParam(required = false) UUID ownerId,
                                      @RequestParam(required = false) UUID partyId,
                                      @RequestParam(required = false) String status) {
        return service.export(new OpportunityService.Filter(stageId, ownerId, partyId, status(status)));
    }

    @GetMapping("/{id}/history")
    @RequiresPermission(PipelineModule.READ)
    List<HistoryView> history(@PathVariable UUID id) {
        return service.history(id);
    }

    private static OpportunityStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> OpportunityStatus.OPEN;
            case "won" -> OpportunityStatus.WON;
            case "lost" -> OpportunityStatus.LOST;
            default -> throw ApiProblem.badRequest("status", "must be open, won or lost");
        };
    }
}
