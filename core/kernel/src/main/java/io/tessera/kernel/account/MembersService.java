package io.tessera.kernel.account;

import io.tessera.kernel.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
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
}
