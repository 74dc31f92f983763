package io.tessera.plugins.leads;

import io.tessera.plugins.leads.LeadRequests.ConvertRequest;
import io.tessera.plugins.leads.LeadRequests.DisqualifyRequest;
import io.tessera.plugins.leads.LeadRequests.LeadRequest;
import io.tessera.plugins.leads.LeadViews.Conversion;
import io.tessera.plugins.leads.LeadViews.Duplicates;
import io.tessera.plugins.leads.LeadViews.LeadView;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.PageView.Paging;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.RowExport;
import jakarta.validation.Valid;
import java.net.URI;
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

/** {@code /api/v1/leads}: capture, read, update, qualify, disqualify, duplicates and convert. */
@RestController
@RequestMapping("/api/v1/leads")
class LeadsController {

    private final LeadService leads;
    private final ConversionService conversions;

    LeadsController(LeadService leads, ConversionService conversions) {
        this.leads = leads;
        this.conversions = conversions;
    }

    @PostMapping
    @RequiresPermission(LeadsModule.WRITE)
    ResponseEntity<LeadView> capture(@Valid @RequestBody LeadRequest request) {
        LeadView created = leads.capture(request);
        return ResponseEntity.created(URI.create("/api/v1/leads/" + created.id())).body(created);
    }

    @GetMapping
    @RequiresPermission(LeadsModule.READ)
    PageView<LeadView> list(@RequestParam(required = false) String status,
                            @RequestParam(required = false) UUID ownerId,
                            @RequestParam(required = false) String source,
                            @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size,
                            @RequestParam(required = false) String after) {
        return leads.list(new LeadService.Filter(status(status), ownerId, LeadService.blankToNull(source)),
                Paging.of(page, size, after, 1));
    }

    /** {@code Accept: text/csv}: every lead matching the filters (not one page), streamed in keyset batches. */
    @GetMapping(produces = "text/csv")
    @RequiresPermission(LeadsModule.READ)
    RowExport<LeadView> export(@RequestParam(required = false) String status,
                               @RequestParam(required = false) UUID ownerId,
                               @RequestParam(required = false) String source) {
        return leads.export(new LeadService.Filter(status(status), ownerId, LeadService.blankToNull(source)));
    }

    @GetMapping("/{id}")
    @RequiresPermission(LeadsModule.READ)
    LeadView get(@PathVariable UUID id) {
        return leads.get(id);
    }

    @PutMapping("/{id}")
    @RequiresPermission(LeadsModule.WRITE)
    LeadView update(@PathVariable UUID id, @Valid @RequestBody LeadRequest request) {
        return leads.update(id, request);
    }

    @PostMapping("/{id}/qualify")
    @RequiresPermission(LeadsModule.WRITE)
    LeadView qualify(@PathVariable UUID id) {
        return leads.qualify(id);
    }

    @PostMapping("/{id}/disqualify")
    @RequiresPermission(LeadsModule.WRITE)
    LeadView disqualify(@PathVariable UUID id, @Valid @RequestBody DisqualifyRequest request) {
        return leads.disqualify(id, request.reason());
    }

    @GetMapping("/{id}/duplicates")
    @RequiresPermission(LeadsModule.READ)
    Duplicates duplicates(@PathVariable UUID id) {
        return leads.duplicates(id);
    }

    @PostMapping("/{id}/convert")
    @RequiresPermission(LeadsModule.CONVERT)
    Conversion convert(@PathVariable UUID id, @Valid @RequestBody(required = false) ConvertRequest request) {
        return conversions.convert(id, request);
    }

    private static LeadStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LeadStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("status", "must be new, qualified, converted or disqualified");
        }
    }
}
