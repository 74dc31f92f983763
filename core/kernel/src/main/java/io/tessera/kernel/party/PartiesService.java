package io.tessera.kernel.party;

import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SDK's {@link Parties}: the current tenant's parties for modules, in the caller's transaction or, for a caller
 * without one (a view), a read-only one of its own: outside a transaction no tenant is set and row-level security
 * would show no party at all.
 */
@Component
class PartiesService implements Parties {

    private static final int MAX_MATCHES = 20;

    private final PartyRepository parties;
    private final EntityManager entityManager;

    PartiesService(PartyRepository parties, EntityManager entityManager) {
        this.parties = parties;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartySummary> find(UUID id) {
        return id == null ? Optional.empty() : parties.findById(id).map(PartiesService::summary);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PartySummary> findForLink(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        // FOR SHARE: conflicts with the FOR UPDATE of PartyService.delete, which then counts this transaction's rows
        return entityManager.createQuery("select p from Party p where p.id = :id", Party.class)
                .setParameter("id", id)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_READ)
                .getResultStream().findFirst().map(PartiesService::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, PartySummary> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select p from Party p where p.id in :ids", Party.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .map(PartiesService::summary)
                .collect(Collectors.toMap(PartySummary::id, Function.identity()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartySummary> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return entityManager.createQuery("select p from Party p where lower(p.email) = :email order by p.id", Party.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .setMaxResults(MAX_MATCHES)
                .getResultList().stream().map(PartiesService::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartySummary> search(String text, int offset, int limit) {
        return search(text, null, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartySummary> searchCompanies(String text, int offset, int limit) {
        return search(text, PartyKind.COMPANY, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> peopleOf(UUID companyId, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1 to 10000: " + limit);
        }
        if (companyId == null) {
            return List.of();
        }
        return entityManager.createQuery(
                        "select p.id from Party p where p.organizationId = :company and p.kind = :kind order by p.id", UUID.class)
                .setParameter("company", companyId)
                .setParameter("kind", PartyKind.PERSON)
                .setMaxResults(limit)
                .getResultList();
    }

    private List<PartySummary> search(String text, PartyKind kind, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 200) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1 to 200: " + offset + ", " + limit);
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Party.class);
        var root = query.from(Party.class);
        query.select(root).where(PartySearch.matching(text, kind, null, PartyStatus.ACTIVE).toPredicate(root, query, cb))
                .orderBy(cb.asc(cb.lower(root.get("name"))), cb.asc(root.get("id")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(PartiesService::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartySummary> people(UUID organizationId, String text, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 200) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1 to 200: " + offset + ", " + limit);
        }
        if (organizationId == null) {
            return List.of();
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Party.class);
        var root = query.from(Party.class);
        query.select(root).where(cb.and(
                        PartySearch.matching(text, PartyKind.PERSON, null, PartyStatus.ACTIVE).toPredicate(root, query, cb),
                        cb.equal(root.get("organizationId"), organizationId)))
                .orderBy(cb.asc(cb.lower(root.get("name"))), cb.asc(root.get("id")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(PartiesService::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartySummary> findCompaniesByName(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return entityManager.createQuery(
                        "select p from Party p where p.kind = :kind and lower(p.name) = :name order by p.id", Party.class)
                .setParameter("kind", PartyKind.COMPANY)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .setMaxResults(MAX_MATCHES)
                .getResultList().stream().map(PartiesService::summary).toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public PartySummary createCompany(String name, String email, List<String> roles) {
        return create(PartyKind.COMPANY, name, email, null, roles);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public PartySummary createPerson(String name, String email, UUID organizationId, List<String> roles) {
        if (organizationId != null && find(organizationId).filter(PartySummary::isCompany).isEmpty()) {
            throw new IllegalArgumentException("organizationId must refer to a company of this tenant");
        }
        return create(PartyKind.PERSON, name, email, organizationId, roles);
    }

    private PartySummary create(PartyKind kind, String name, String email, UUID organizationId, List<String> roles) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A party needs a name");
        }
        Party party = new Party(kind);
        party.describe(name.strip(), null, null, organizationId, email == null || email.isBlank() ? null : email.strip(),
                null, null, null, null);
        party.replaceRoles(new java.util.LinkedHashSet<>(roles));
        return summary(parties.save(party));
    }

    private static PartySummary summary(Party p) {
        return new PartySummary(p.getId(), p.getKind().apiName(), p.getName(), p.getEmail(), p.getOrganizationId(),
                p.getPhone());
    }
}
