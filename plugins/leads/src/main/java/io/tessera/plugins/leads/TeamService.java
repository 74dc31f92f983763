package io.tessera.plugins.leads;

import io.tessera.plugins.leads.LeadViews.TeamView;
import io.tessera.sdk.security.RequiresPermission;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** The lead team and round-robin assignment among its members. */
class TeamService {

    private final EntityManager em;
    private final TransactionTemplate tx;

    TeamService(EntityManager em, TransactionTemplate tx) {
        this.em = em;
        this.tx = tx;
    }

    TeamView team() {
        return tx.execute(s -> new TeamView(members(false).stream().map(TeamMember::getUserId).toList()));
    }

    /** Replaces the team; the rotation starts again with the first member. */
    @RequiresPermission(LeadsModule.CONFIGURE)
    TeamView replace(List<UUID> userIds) {
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(userIds));
        return tx.execute(s -> {
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
