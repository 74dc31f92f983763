package io.tessera.kernel.account;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.MemberSummary;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The SDK's {@link io.tessera.sdk.Members}: which users are active members of the current tenant, in one query. */
@Component
class MembersService implements io.tessera.sdk.Members {

    private final EntityManager entityManager;

    MembersService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Set<UUID> activeAmong(Collection<UUID> userIds) {
        if (TenantContext.tenant().isEmpty()) {
            throw new IllegalStateException("Members are per tenant: no tenant in scope");
        }
        Set<UUID> ids = new HashSet<>();
        userIds.stream().filter(Objects::nonNull).forEach(ids::add);
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(entityManager.createQuery(
                        "select m.userId from Membership m where m.userId in :ids and m.status = 'ACTIVE'", UUID.class)
                .setParameter("ids", ids).getResultList());
    }

    @Override
    @Transactional(readOnly = true) // views call it outside a transaction; row-level security needs one
    public List<MemberSummary> search(String text, int offset, int limit) {
        requireTenant();
        if (offset < 0 || limit < 1 || limit > 200) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1 to 200: " + offset + ", " + limit);
        }
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return entityManager.createQuery("""
                        select u.id, u.displayName, u.email from Membership m, UserAccount u
                        where u.id = m.userId and m.status = 'ACTIVE'
                          and (lower(u.displayName) like :text escape '\\' or lower(u.email) like :text escape '\\')
                        order by lower(u.displayName), u.id""", Object[].class)
                .setParameter("text", pattern)
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(MembersService::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, MemberSummary> named(Collection<UUID> userIds) {
        requireTenant();
        Set<UUID> ids = new HashSet<>();
        userIds.stream().filter(Objects::nonNull).forEach(ids::add);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("""
                        select u.id, u.displayName, u.email from Membership m, UserAccount u
                        where u.id = m.userId and m.userId in :ids""", Object[].class)
                .setParameter("ids", ids)
                .getResultList().stream().map(MembersService::summary)
                .collect(Collectors.toMap(MemberSummary::userId, m -> m, (a, b) -> a));
    }

    private static void requireTenant() {
        if (TenantContext.tenant().isEmpty()) {
            throw new IllegalStateException("Members are per tenant: no tenant in scope");
        }
    }

    private static MemberSummary summary(Object[] row) {
        String email = (String) row[2];
        String name = (String) row[1];
        return new MemberSummary((UUID) row[0], name == null || name.isBlank() ? email : name, email);
    }
}
