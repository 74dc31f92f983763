package io.tessera.plugins.mrp.planning;

import io.tessera.sdk.security.RequiresPermission;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/mrp/runs}, {@code /api/v1/mrp/planned-orders} and {@code /api/v1/mrp/forecasts}. */
@RestController
@RequestMapping("/api/v1/mrp")
class PlanningController {

    private final Runs runs;
    private final PlannedOrders planned;
    private final Forecasts forecasts;

    PlanningController(Runs runs, PlannedOrders planned, Forecasts forecasts) {
        this.runs = runs;
        this.planned = planned;
        this.forecasts = forecasts;
    }

    @PostMapping("/runs")
    @RequiresPermission("mrp.write")
    ResponseEntity<RunView> start(@RequestBody RunRequest body) {
        RunView run = runs.start(body);
        return ResponseEntity.accepted().location(URI.create("/api/v1/mrp/runs/" + run.id())).body(run);
    }

    @GetMapping("/runs")
    @RequiresPermission("mrp.read")
    List<RunView> latest(@RequestParam(required = false) Integer size) {
        return runs.latest(size == null ? 20 : size);
    }

    @GetMapping("/runs/{id}")
    @RequiresPermission("mrp.read")
    RunView run(@PathVariable UUID id) {
        return runs.find(id);
    }

    @PostMapping("/runs/{id}/cancel")
    @RequiresPermission("mrp.write")
    RunView cancel(@PathVariable UUID id) {
        return runs.cancel(id);
    }

    @GetMapping("/planned-orders")
    @RequiresPermission("mrp.read")
    List<PlannedOrder> plannedOrders(@RequestParam(required = false) UUID runId,
                                     @RequestParam(required = false) UUID productId,
                                     @RequestParam(required = false) UUID after,
                                     @RequestParam(required = false) Integer size) {
        return planned.list(runId, productId, after, size == null ? 100 : size);
    }

    @PostMapping("/planned-orders/{id}/confirm")
    @RequiresPermission("mrp.write")
    PlannedOrder confirm(@PathVariable UUID id) {
        return planned.confirm(id);
    }

    @PostMapping("/forecasts")
    @RequiresPermission("mrp.write")
    ResponseEntity<Forecast> forecast(@RequestBody ForecastRequest body) {
        Forecast forecast = forecasts.put(body);
        return ResponseEntity.created(URI.create("/api/v1/mrp/forecasts/" + forecast.id())).body(forecast);
    }

    @GetMapping("/forecasts")
    @RequiresPermission("mrp.read")
    List<Forecast> forecasts(@RequestParam(required = false) UUID productId, @RequestParam(required = false) Integer size) {
        return forecasts.list(productId, size == null ? 100 : size);
    }
}
