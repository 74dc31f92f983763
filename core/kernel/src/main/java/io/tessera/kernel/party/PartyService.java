package io.tessera.kernel.party;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.CurrentTenant;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import org.springframework.data.jpa.repository.query.QueryUtils;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.PageView;
import org.springframework.data.domain.Page;
import java.util.LinkedHashMap;
import io.tessera.sdk.security.RequiresPermission;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, reads, updates, archives and deletes the current tenant's parties: the REST resource's and the UI's one
 * way in. Every request is validated here (all invalid fields at once, 422), whoever calls; another tenant's id is
 * not found (404); a party that records refer to is not deleted (409 naming them) but may be archived.
 */
@Service
public class PartyService {

    private final PartyRepository parties;
    private final PartyReferences references;
    private final CurrentTenant tenant;
    private final Validator validator;
    private final EntityManager entityManager;

    PartyService(PartyRepository parties, PartyReferences references, CurrentTenant tenant, Validator validator,
                 EntityManager entityManager) {
        this.parties = parties;
        this.references = references;
        this.tenant = tenant;
        this.validator = validator;
        this.entityManager = entityManager;
    }

    /**
     * Creates a party.
     *
     * @param request the party
     * @return the created party
     * @throws ApiProblem 422 naming every invalid field
     */
    @Transactional
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    public PartyDetails create(PartyRequest request) {
        validate(request);
        Party party = new Party(PartyKind.fromApi(request.kind()));
        apply(party, request);
        return PartyDetails.of(parties.saveAndFlush(party));
    }

    /**
     * One party, archived or not.
     *
     * @param id the party id
     * @return the party
     * @throws ApiProblem 404 when the current tenant has none with this id
     */
    @Transactional(readOnly = true)
    @RequiresPermission(KernelPermissions.PARTIES_READ)
    public PartyDetails get(UUID id) {
        return PartyDetails.of(find(id));
    }

    /**
     * A page of parties.
     *
     * @param text   name or email contains this, ignoring case; blank for any
     * @param kind   {@code company}, {@code person}, or blank for both
     * @param role   a role the parties have, or blank for any
     * @param status active (the default), archived or all
     * @param paging the page
     * @param order  the sort
     * @return the page
     */
    @Transactional(readOnly = true)
    @RequiresPermission(KernelPermissions.PARTIES_READ)
    public PageView<PartyDetails> list(String text, String kind, String role, PartyStatus status, PageView.Paging paging,
                                    Sort order) {
        // Spring Data counts only when this page cannot tell the total (a short page ends the list)
        Page<Party> found = parties.findAll(PartySearch.matching(text, kind(kind), role, status),
                PageRequest.of(paging.page(), paging.size(), order));
        return PageView.of(found.getContent().stream().map(PartyDetails::of).toList(), paging, found.getTotalElements());
    }

    /**
     * One window of parties, for a lazy grid: a single query without a count (collections are batch-fetched).
     *
     * @param text   as for {@link #list}
     * @param kind   as for {@link #list}
     * @param role   as for {@link #list}
     * @param status as for {@link #list}
     * @param offset rows to skip
     * @param limit  rows to return, 1 to 200
     * @param sort   the order; the id is appended as the tie-breaker
     * @return the rows
     */
    @Transactional(readOnly = true)
    @RequiresPermission(KernelPermissions.PARTIES_READ)
    public List<PartyDetails> window(String text, String kind, String role, PartyStatus status, long offset, int limit,
                                  Sort sort) {
        if (offset < 0 || offset > Integer.MAX_VALUE || limit < 1 || limit > 200) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1 to 200: " + offset + ", " + limit);
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Party.class);
        var root = query.from(Party.class);
        Sort order = (sort.isUnsorted() ? Sort.by("name") : sort).and(Sort.by("id"));
        query.select(root).where(PartySearch.matching(text, kind(kind), role, status).toPredicate(root, query, cb))
                .orderBy(QueryUtils.toOrders(order, root, cb));
        return entityManager.createQuery(query).setFirstResult((int) offset).setMaxResults(limit)
                .getResultList().stream().map(PartyDetails::of).toList();
    }

    /**
     * The roles the tenant's parties have, for a filter.
     *
     * @return distinct roles, sorted
     */
    @Transactional(readOnly = true)
    @RequiresPermission(KernelPermissions.PARTIES_READ)
    public List<String> rolesInUse() {
        return entityManager.createQuery("select distinct r.role from PartyRole r order by r.role", String.class)
                .setMaxResults(200).getResultList();
    }

    /**
     * How many parties a list would show.
     *
     * @param text   as for {@link #list}
     * @param kind   as for {@link #list}
     * @param role   as for {@link #list}
     * @param status as for {@link #list}
     * @return the number of matching parties
     */
    @Transactional(readOnly = true)
    @RequiresPermission(KernelPermissions.PARTIES_READ)
    public long count(String text, String kind, String role, PartyStatus status) {
        return parties.count(PartySearch.matching(text, kind(kind), role, status));
    }

    /**
     * The people who work for a company, archived ones included, by name.
     *
     * @param companyId the company
     * @param limit     at most this many
     * @return the people
     */
    @Transactional(readOnly = true)
    @RequiresPermission(KernelPermissions.PARTIES_READ)
    public List<PartyDetails> peopleOf(UUID companyId, int limit) {
        return parties.findByOrganizationId(companyId, PageRequest.of(0, limit, Sort.by("name", "id")))
                .stream().map(PartyDetails::of).toList();
    }

    private static PartyKind kind(String kind) {
        return kind == null || kind.isBlank() ? null : PartyKind.fromApi(kind);
    }

    /**
     * The parties after {@code last} in the given order (keyset paging: the order ends with the id), for a whole-list
     * export read batch by batch.
     */
    @Transactional(readOnly = true)
    List<PartyDetails> batchAfter(String text, String kind, String role, PartyStatus status, Sort order, PartyDetails last,
                               int limit) {
        ScrollPosition position = last == null ? ScrollPosition.keyset() : ScrollPosition.forward(keys(order, last));
        return parties.findBy(PartySearch.matching(text, kind(kind), role, status), q -> q.sortBy(order).limit(limit).scroll(position))
                .getContent().stream().map(PartyDetails::of).toList();
    }

    private static Map<String, Object> keys(Sort order, PartyDetails last) {
        Map<String, Object> keys = new LinkedHashMap<>();
        for (Sort.Order o : order) {
            keys.put(o.getProperty(), switch (o.getProperty()) {
                case "name" -> last.name();
                case "createdAt" -> last.createdAt();
                case "updatedAt" -> last.updatedAt();
                case "id" -> last.id();
                default -> throw new IllegalArgumentException("Parties cannot be exported sorted by " + o.getProperty());
            });
        }
        return keys;
    }

    /**
     * Replaces a party's data.
     *
     * @param id      the party id
     * @param request the party's new data; its version, when sent, must be the current one
     * @return the updated party
     * @throws ApiProblem 404 for an unknown id, 409 for a stale version, 422 naming every invalid field
     */
    @Transactional
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    public PartyDetails update(UUID id, PartyRequest request) {
        validate(request);
        Party party = find(id);
        if (request.version() != null && !Objects.equals(request.version(), party.getVersion())) {
            throw ApiProblem.conflict("Party " + id + " was changed by someone else (version " + party.getVersion()
                    + ", you sent " + request.version() + "); reload it and try again");
        }
        if (PartyKind.fromApi(request.kind()) != party.getKind()) {
            throw ApiProblem.invalid("kind", "cannot change from " + party.getKind().apiName());
        }
        apply(party, request);
        return PartyDetails.of(parties.saveAndFlush(party));
    }

    /**
     * Deletes a party that nothing refers to.
     *
     * @param id the party id
     * @throws ApiProblem 404 for an unknown id; 409 when records refer to the party, with a {@code references}
     *                      member listing module, kind and count of each, and nothing changed
     */
    @Transactional
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    public void delete(UUID id) {
        Party party = parties.findForUpdate(id).orElseThrow(() -> ApiProblem.notFound("Party", id));
        List<PartyReferences.Use> uses = references.of(tenant.require().id(), id);
        if (!uses.isEmpty()) {
            throw referenced(party, uses);
        }
        parties.delete(party);
    }

    /**
     * Archives a party: it keeps its name wherever records show it and leaves lists and pickers.
     *
     * @param id the party id
     * @return the archived party (archiving twice changes nothing)
     * @throws ApiProblem 404 for an unknown id
     */
    @Transactional
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    public PartyDetails archive(UUID id) {
        Party party = find(id);
        party.archive();
        return PartyDetails.of(parties.saveAndFlush(party));
    }

    /**
     * Restores an archived party to lists and pickers.
     *
     * @param id the party id
     * @return the restored party
     * @throws ApiProblem 404 for an unknown id
     */
    @Transactional
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    public PartyDetails restore(UUID id) {
        Party party = find(id);
        party.restore();
        return PartyDetails.of(parties.saveAndFlush(party));
    }

    private static ApiProblem referenced(Party party, List<PartyReferences.Use> uses) {
        String what = uses.stream().map(u -> u.count() + " " + u.kind() + " (" + u.moduleName() + ")")
                .collect(Collectors.joining(", "));
        List<Map<String, Object>> listed = uses.stream().<Map<String, Object>>map(u -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("module", u.module());
            item.put("moduleName", u.moduleName());
            item.put("kind", u.kind());
            item.put("count", u.count());
            return item;
        }).toList();
        return new ApiProblem(HttpStatus.CONFLICT.value(), party.getName() + " cannot be deleted: " + what
                + " refer to it. Archive it instead (POST /api/v1/parties/" + party.getId() + "/archive): it keeps its"
                + " name on those records and leaves lists and pickers.", List.of(),
                Map.of("references", listed, "alternative", "archive"));
    }

    private void validate(PartyRequest request) {
        Set<ConstraintViolation<PartyRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<ApiProblem.FieldError> errors = violations.stream()
                    .map(v -> new ApiProblem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(ApiProblem.FieldError::field).thenComparing(ApiProblem.FieldError::message))
                    .toList();
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY.value(), "The request is invalid: " + errors.stream()
                    .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")), errors);
        }
    }

    private Party find(UUID id) {
        return parties.findById(id).orElseThrow(() -> ApiProblem.notFound("Party", id));
    }

    private void apply(Party party, PartyRequest r) {
        String name = blankToNull(r.name());
        if (name == null && party.getKind() == PartyKind.PERSON) {
            name = blankToNull(String.join(" ", nonNull(r.givenName()), nonNull(r.familyName())).strip());
        }
        if (name == null) {
            throw ApiProblem.invalid("name", party.getKind() == PartyKind.PERSON
                    ? "is required unless givenName or familyName is set" : "is required");
        }
        UUID organizationId = r.organizationId();
        if (organizationId != null) {
            if (party.getKind() != PartyKind.PERSON) {
                throw ApiProblem.invalid("organizationId", "is only for people");
            }
            Party organization = parties.findById(organizationId)
                    .orElseThrow(() -> ApiProblem.invalid("organizationId", "refers to no party of this tenant"));
            if (organization.getKind() != PartyKind.COMPANY) {
                throw ApiProblem.invalid("organizationId", "must refer to a company");
            }
        }
        party.describe(name, blankToNull(r.givenName()), blankToNull(r.familyName()), organizationId,
                blankToNull(r.email()), blankToNull(r.phone()), blankToNull(r.website()), blankToNull(r.taxId()),
                blankToNull(r.notes()));
        party.replaceRoles(new LinkedHashSet<>(r.roles() == null ? List.of() : r.roles()));
        party.replaceAddresses(r.addresses() == null ? List.of() : r.addresses().stream()
                .map(a -> new PartyAddress(a.kind(), a.line1(), a.line2(), a.postalCode(), a.city(), a.region(), a.country()))
                .toList());
        party.replaceContactPoints(r.contactPoints() == null ? List.of() : r.contactPoints().stream()
                .map(c -> new PartyContactPoint(c.kind(), c.value().strip(), c.label(), c.preferred()))
                .toList());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
