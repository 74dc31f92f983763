package io.tessera.plugins.mrp.routing;

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

/** {@code /api/v1/mrp/work-centers} and {@code /api/v1/mrp/routings}. */
@RestController
@RequestMapping("/api/v1/mrp")
class RoutingsController {

    private final Routings routings;

    RoutingsController(Routings routings) {
        this.routings = routings;
    }

    @PostMapping("/work-centers")
    @RequiresPermission("mrp.manage")
    ResponseEntity<WorkCenter> createWorkCenter(@RequestBody WorkCenterRequest body) {
        WorkCenter center = routings.createWorkCenter(body);
        return ResponseEntity.created(URI.create("/api/v1/mrp/work-centers/" + center.id())).body(center);
    }

    @GetMapping("/work-centers")
    @RequiresPermission("mrp.read")
    List<WorkCenter> workCenters(@RequestParam(required = false) String after, @RequestParam(required = false) Integer size) {
        return routings.workCenters(after, size == null ? 100 : size);
    }

    @GetMapping("/work-centers/{id}")
    @RequiresPermission("mrp.read")
    WorkCenter workCenter(@PathVariable UUID id) {
        return routings.workCenter(id);
    }

    @PostMapping("/routings")
    @RequiresPermission("mrp.manage")
    ResponseEntity<Routing> createRouting(@RequestBody RoutingRequest body) {
        Routing routing = routings.createRouting(body);
        return ResponseEntity.created(URI.create("/api/v1/mrp/routings/" + routing.id())).body(routing);
    }

    @GetMapping("/routings/{id}")
    @RequiresPermission("mrp.read")
    Routing routing(@PathVariable UUID id) {
        return routings.routing(id);
    }
}
