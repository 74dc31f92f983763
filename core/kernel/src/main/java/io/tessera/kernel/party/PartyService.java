package io.tessera.kernel.party;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.PageView;
import java.util.LinkedHashMap;
import io.tessera.sdk.security.RequiresPermission;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, reads, updates and deletes the current tenant's parties. */
@Service
class PartyService {

    private final PartyRepository parties;

    PartyService(PartyRepository parties) {
        this.parties = parties;
    }

    @Transactional
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    PartyView create(PartyRequest request) {
        Party party = new Party(PartyKind.fromApi(request.kind()));
        apply(party, request);
        return PartyView.of(parties.saveAndFlush(party));
    }

    @Transactional(readOnly = true)
    PartyView get(UUID id) {
        return PartyView.of(find(id));
    }

    @Transactional(readOnly = true)
    PageView<PartyView> list(String text, String kind, String role, PageView.Paging paging, Sort order) {
        PartyKind k = kind == null || kind.isBlank() ? null : PartyKind.fromApi(kind);
        // Spring Data counts only when this page cannot tell the total (a short page ends the list)
        Page<Party> found = parties.findAll(PartySearch.matching(text, k, role), PageRequest.of(paging.page(), paging.size(), order));
        return PageView.of(found.getContent().stream().map(PartyView::of).toList(), paging, found.getTotalElements());
    }

    /**
     * The parties after {@code last} in the given order (keyset paging: the order ends with the id), for a whole-list
     * export read batch by batch.
     */
    @Transactional(readOnly = true)
    List<PartyView> batchAfter(String text, String kind, String role, Sort order, PartyView last, int limit) {
        PartyKind k = kind == null || kind.isBlank() ? null : PartyKind.fromApi(kind);
        ScrollPosition position = last == null ? ScrollPosition.keyset() : ScrollPosition.forward(keys(order, last));
        return parties.findBy(PartySearch.matching(text, k, role), q -> q.sortBy(order).limit(limit).scroll(position))
                .getContent().stream().map(PartyView::of).toList();
    }

    private static Map<String, Object> keys(Sort order, PartyView last) {
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

    @Transactional
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    PartyView update(UUID id, PartyRequest request) {
        Party party = find(id);
        if (request.version() != null && !Objects.equals(request.version(), party.getVersion())) {
            throw ApiProblem.conflict("Party " + id + " was changed by someone else (version " + party.getVersion()
                    + ", you sent " + request.version() + "); reload it and try again");
        }
        if (PartyKind.fromApi(request.kind()) != party.getKind()) {
            throw ApiProblem.invalid("kind", "cannot change from " + party.getKind().apiName());
        }
        apply(party, request);
        return PartyView.of(parties.saveAndFlush(party));
    }

    @Transactional
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    void delete(UUID id) {
        Party party = find(id);
        if (party.getKind() == PartyKind.COMPANY) {
            parties.detachFromOrganization(id);
            party = find(id);
        }
        parties.delete(party);
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
