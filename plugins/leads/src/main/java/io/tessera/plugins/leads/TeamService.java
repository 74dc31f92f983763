package io.tessera.plugins.leads;

import io.tessera.plugins.leads.LeadViews.TeamView;
import io.tessera.sdk.Members;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The lead team and round-robin assignment among its members. */
class TeamService {

    private final EntityManager em;
    private final Transactions tx;
    private final Members members;

    TeamService(EntityManager em, Transactions tx, Members members) {
        this.em = em;
        this.tx = tx;
        this.members = members;
    }

    TeamView team() {
        return tx.read(() -> new TeamView(members(false).stream().map(TeamMember::getUserId).toList()));
    }

    /**
     * Replaces the team; the rotation starts again with the first member. Every user must be an active member of
     * the tenant (checked in one query); else nothing changes and the first stranger is named.
     */
    @RequiresPermission(LeadsModule.CONFIGURE)
    TeamView replace(List<UUID> userIds) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(userIds));
        return tx.write(() -> {
            Set<UUID> active = members.activeAmong(distinct);
            for (int i = 0; i < userIds.size(); i++) {
                if (!active.contains(userIds.get(i))) {
                    throw ApiProblem.invalid("userIds[" + i + "]", "is not an active member of this tenant");
                }
            }
            members(true).forEach(em::remove);
            em.flush();
            for (int i = 0; i < distinct.size(); i++) {
                em.persist(new TeamMember(distinct.get(i), i));
            }
            return new TeamView(distinct);
        });
    }

    /**
     * The next assignee, counted as assigned; joins the caller's transaction. The team's rows are locked so
     * that concurrent captures take turns.
     */
    Optional<UUID> nextAssignee() {
        Optional<TeamMember> next = RoundRobin.next(members(true));
        next.ifPresent(TeamMember::assigned);
        return next.map(TeamMember::getUserId);
    }

    private List<TeamMember> members(boolean lock) {
        var query = em.createQuery("select m from TeamMember m order by m.position", TeamMember.class);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultList();
    }
}
