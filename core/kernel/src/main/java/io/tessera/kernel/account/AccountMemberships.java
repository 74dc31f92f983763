package io.tessera.kernel.account;

import io.tessera.kernel.access.AccessChanges;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * An account's memberships across tenants: which tenants a user may enter (read under the policy that lets a user
 * read their own), and adding a user to a tenant as a platform fixture. A tenant's own members are
 * {@link Memberships}.
 */
@Service
public class AccountMemberships {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final Transactions transactions;
    private final AccessChanges changes;

    AccountMemberships(EntityManager entityManager, JdbcClient jdbc, Transactions transactions, AccessChanges changes) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.changes = changes;
    }

    /**
     * Adds a user to a tenant, in the tenant's scope as row-level security requires.
     *
     * @param tenant the tenant
     * @param userId the user
     * @param roles  role names
     */
    @RequiresPermission(KernelPermissions.PLATFORM)
    public void addMembership(TenantRef tenant, UUID userId, Set<String> roles) {
        TenantContext.callAs(tenant, null, () -> transactions.write(() -> {
            entityManager.persist(new Membership(userId, roles));
            changes.changed();
            return null;
        }));
    }

    /**
     * The user's active memberships in every tenant, ordered by tenant slug.
     *
     * @param userId the user
     * @return memberships
     */
    public List<MembershipView> membershipsOf(UUID userId) {
        return TenantContext.callAs(null, userId, () -> transactions.read(() -> jdbc.sql("""
                        select t.id, t.slug, t.name, t.status, m.roles
                          from memberships m join tenants t on t.id = m.tenant_id
                         where m.user_id = ? and m.status = 'ACTIVE'
                         order by t.slug""")
                .param(userId)
                .query((rs, row) -> new MembershipView(
                        new TenantRef(rs.getObject(1, UUID.class), rs.getString(2)), rs.getString(3),
                        TenantStatus.valueOf(rs.getString(4)),
                        new LinkedHashSet<>(Arrays.asList(rs.getString(5).split(",")))))
                .list()));
    }
}
