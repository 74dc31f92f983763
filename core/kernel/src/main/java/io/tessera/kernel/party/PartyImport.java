package io.tessera.kernel.party;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.kernel.web.Csv;
import io.tessera.sdk.security.RequiresPermission;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports companies or people from CSV, all or nothing. Columns map to party fields by header name (ignoring
 * case, spaces, dashes and underscores) unless a mapping names the header for a field. Every row is validated
 * first, as the API validates a party; a dry run (or any row error) writes nothing and reports the row errors.
 * A row matching an existing party (people and companies by email, companies also by name) or an earlier row
 * is skipped, updated (filled fields replace) or created anyway, as asked.
 */
@Service
class PartyImport {

    /** The most rows one import takes. */
    static final int MAX_ROWS = 5_000;

    /** The fields a column can map to. */
    static final List<String> FIELDS = List.of("name", "givenName", "familyName", "email", "phone", "website", "taxId",
            "notes", "roles", "organization");

    enum OnDuplicate { SKIP, UPDATE, CREATE }

    record RowError(int row, String field, String message) {
    }

    record Result(boolean dryRun, String kind, int rows, int created, int updated, int skipped, List<RowError> errors) {
    }

    private final PartyService service;
    private final PartyRepository parties;
    private final EntityManager em;
    private final Validator validator;
    private final TransactionTemplate tx;

    PartyImport(PartyService service, PartyRepository parties, EntityManager em, Validator validator,
                TransactionTemplate tx) {
        this.service = service;
        this.parties = parties;
        this.em = em;
        this.validator = validator;
        this.tx = tx;
    }

    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    Result run(String kind, String csv, Map<String, String> mapping, boolean dryRun, OnDuplicate onDuplicate) {
        PartyKind partyKind = PartyKind.fromApi(kind);
        List<List<String>> table;
        try {
            table = Csv.parse(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("body", e.getMessage());
        }
        if (table.isEmpty()) {
            throw ApiProblem.invalid("body", "needs a header row and at least one row");
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw ApiProblem.invalid("body", "has " + (table.size() - 1) + " rows; at most " + MAX_ROWS + " per import");
        }
        Map<String, Integer> columns = columns(table.getFirst(), mapping);
        if (!columns.containsKey("name") && !(partyKind == PartyKind.PERSON
                && (columns.containsKey("givenName") || columns.containsKey("familyName")))) {
            throw ApiProblem.invalid("mapping", "no column maps to name (headers: " + table.getFirst() + ")");
        }
        return tx.execute(status -> {
            List<RowError> errors = new ArrayList<>();
            int created = 0;
            int updated = 0;
            int skipped = 0;
            Map<String, UUID> seenInFile = new HashMap<>();
            Map<String, UUID> organizations = new HashMap<>();
            List<Runnable> writes = new ArrayList<>();
            for (int r = 1; r < table.size(); r++) {
                int rowNumber = r + 1; // as a spreadsheet numbers it, header = 1
                List<String> cells = table.get(r);
                Map<String, String> v = new HashMap<>();
                columns.forEach((field, index) -> v.put(field, index < cells.size() ? blankToNull(cells.get(index)) : null));
                UUID organizationId = null;
                if (v.get("organization") != null) {
                    if (partyKind != PartyKind.PERSON) {
                        errors.add(new RowError(rowNumber, "organization", "is only for people"));
                        continue;
                    }
                    organizationId = organizations.computeIfAbsent(v.get("organization").toLowerCase(Locale.ROOT),
                            name -> companyNamed(name).orElse(null));
                    if (organizationId == null) {
                        errors.add(new RowError(rowNumber, "organization", "names no company of this tenant: " + v.get("organization")));
                        continue;
                    }
                }
                List<String> roles = v.get("roles") == null ? List.of() : Arrays.stream(v.get("roles").split("[;|]"))
                        .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
                PartyRequest request = new PartyRequest(kind, v.get("name"), v.get("givenName"), v.get("familyName"),
                        organizationId, v.get("email"), v.get("phone"), v.get("website"), v.get("taxId"), v.get("notes"),
                        roles, List.of(), List.of(), null);
                Set<ConstraintViolation<PartyRequest>> violations = validator.validate(request);
                if (!violations.isEmpty()) {
                    violations.forEach(cv -> errors.add(new RowError(rowNumber, field(cv.getPropertyPath().toString()), cv.getMessage())));
                    continue;
                }
                if (request.name() == null && (partyKind == PartyKind.COMPANY
                        || (request.givenName() == null && request.familyName() == null))) {
                    errors.add(new RowError(rowNumber, "name", "is required"));
                    continue;
                }
                String key = duplicateKey(partyKind, request);
                Optional<UUID> existing = Optional.ofNullable(seenInFile.get(key)).or(() -> existing(partyKind, request));
                if (existing.isPresent() && onDuplicate != OnDuplicate.CREATE) {
                    if (onDuplicate == OnDuplicate.SKIP || seenInFile.containsKey(key)) {
                        skipped++;
                    } else {
                        updated++;
                        UUID id = existing.get();
                        writes.add(() -> service.update(id, merge(service.get(id), request)));
                    }
                    continue;
                }
                created++;
                seenInFile.put(key, UUID.randomUUID());
                writes.add(() -> service.create(request));
            }
            if (!errors.isEmpty() || dryRun) {
                status.setRollbackOnly();
                Result result = new Result(dryRun, kind, table.size() - 1, created, updated, skipped, errors);
                if (!errors.isEmpty() && !dryRun) {
                    throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY.value(), errors.size() + " row(s) are invalid; nothing "
                            + "was imported", errors.stream().map(e -> new ApiProblem.FieldError(
                                    "row " + e.row() + ": " + e.field(), e.message())).toList(),
                            Map.of("rowErrors", errors));
                }
                return result;
            }
            writes.forEach(Runnable::run);
            return new Result(false, kind, table.size() - 1, created, updated, skipped, List.of());
        });
    }

    private static String field(String path) {
        return path.startsWith("roles") ? "roles" : path;
    }

    private static PartyRequest merge(PartyDetails current, PartyRequest incoming) {
        List<String> roles = new ArrayList<>(current.roles());
        incoming.roles().stream().filter(r -> !roles.contains(r)).forEach(roles::add);
        return new PartyRequest(current.kind(), or(incoming.name(), current.name()), or(incoming.givenName(), current.givenName()),
                or(incoming.familyName(), current.familyName()),
                incoming.organizationId() != null ? incoming.organizationId() : current.organizationId(),
                or(incoming.email(), current.email()), or(incoming.phone(), current.phone()),
                or(incoming.website(), current.website()), or(incoming.taxId(), current.taxId()),
                or(incoming.notes(), current.notes()), roles, current.addresses(), current.contactPoints(), current.version());
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    private static String duplicateKey(PartyKind kind, PartyRequest r) {
        if (r.email() != null) {
            return "email:" + r.email().toLowerCase(Locale.ROOT);
        }
        return kind == PartyKind.COMPANY && r.name() != null ? "name:" + r.name().toLowerCase(Locale.ROOT)
                : "row:" + UUID.randomUUID();
    }

    private Optional<UUID> existing(PartyKind kind, PartyRequest r) {
        if (r.email() != null) {
            List<UUID> byEmail = em.createQuery(
                            "select p.id from Party p where p.kind = :kind and lower(p.email) = :email order by p.id", UUID.class)
                    .setParameter("kind", kind).setParameter("email", r.email().toLowerCase(Locale.ROOT))
                    .setMaxResults(1).getResultList();
            if (!byEmail.isEmpty()) {
                return Optional.of(byEmail.getFirst());
            }
        }
        return kind == PartyKind.COMPANY && r.name() != null ? companyNamed(r.name()) : Optional.empty();
    }

    private Optional<UUID> companyNamed(String name) {
        return em.createQuery("select p.id from Party p where p.kind = :kind and lower(p.name) = :name order by p.id", UUID.class)
                .setParameter("kind", PartyKind.COMPANY).setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static Map<String, Integer> columns(List<String> header, Map<String, String> mapping) {
        Map<String, Integer> byNormalized = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byNormalized.putIfAbsent(normalize(header.get(i)), i);
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String wanted = mapping.get(field);
            if (wanted != null) {
                Integer index = byNormalized.get(normalize(wanted));
                if (index == null) {
                    throw ApiProblem.invalid("map." + field, "names no column of the header " + header);
                }
                columns.put(field, index);
            } else if (byNormalized.containsKey(normalize(field))) {
                columns.put(field, byNormalized.get(normalize(field)));
            }
        }
        Set<String> unknown = mapping.keySet().stream().filter(f -> !FIELDS.contains(f)).collect(Collectors.toSet());
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid("map." + unknown.iterator().next(), "is not a party field; fields: " + FIELDS);
        }
        return columns;
    }

    private static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
