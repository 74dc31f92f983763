package io.tessera.plugins.leads;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Picks the next assignee: the member assigned the fewest leads, the earliest in the team on a tie. */
final class RoundRobin {

    private RoundRobin() {
    }

    static Optional<TeamMember> next(List<TeamMember> team) {
        return team.stream().min(Comparator.comparingLong(TeamMember::getAssignedCount)
                .thenComparingInt(TeamMember::getPosition));
    }
}
