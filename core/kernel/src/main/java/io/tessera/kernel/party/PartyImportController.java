package io.tessera.kernel.party;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.security.RequiresPermission;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/parties/import?kind=company|person&dryRun=&onDuplicate=skip|update|create&map.<field>=<header>}
 * with a {@code text/csv} body: imports companies or people, all or nothing.
 */
@RestController
@RequestMapping("/api/v1/parties/import")
class PartyImportController {

    private final PartyImport imports;

    PartyImportController(PartyImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = {"text/csv", "text/plain"})
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    PartyImport.Result importCsv(@RequestParam(required = false) String kind,
                                 @RequestParam(defaultValue = "false") boolean dryRun,
                                 @RequestParam(defaultValue = "skip") String onDuplicate,
                                 @RequestParam Map<String, String> params,
                                 @RequestBody(required = false) String csv) {
        if (kind == null || !(kind.equals("company") || kind.equals("person"))) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST.value(), "Invalid parameter: kind must be company or person",
                    java.util.List.of(new ApiProblem.FieldError("kind", "must be company or person")));
        }
        PartyImport.OnDuplicate policy;
        try {
            policy = PartyImport.OnDuplicate.valueOf(onDuplicate.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST.value(), "Invalid parameter: onDuplicate must be skip, update or create",
                    java.util.List.of(new ApiProblem.FieldError("onDuplicate", "must be skip, update or create")));
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("map.")) {
                mapping.put(k.substring(4), v);
            }
        });
        return imports.run(kind, csv, mapping, dryRun, policy);
    }
}
