package io.tessera.plugins.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadScorerTest {

    @Test
    void sumsThePointsOfEveryRuleTheLeadMeets() {
        Lead lead = new Lead("Ada");
        lead.describe("Ada", "ada@x.test", "  ", null, "Webinar", "Call me");
        List<LeadScorer.Rule> rules = List.of(
                new LeadScorer.Rule("field", "email", 10),
                new LeadScorer.Rule("field", "company", 5),      // blank: not filled
                new LeadScorer.Rule("field", "message", 3),
                new LeadScorer.Rule("source", "webinar", 20),    // case-insensitive
                new LeadScorer.Rule("source", "fair", 40),
                new LeadScorer.Rule("field", "phone", -2));
        assertThat(LeadScorer.score(lead, rules)).isEqualTo(33);
        assertThat(LeadScorer.score(lead, List.of())).isZero();
    }

    @Test
    void roundRobinPicksTheLeastAssignedMemberThenTheEarliest() {
        List<TeamMember> team = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            team.add(new TeamMember(UUID.randomUUID(), i));
        }
        List<UUID> picked = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            TeamMember next = RoundRobin.next(team).orElseThrow();
            next.assigned();
            picked.add(next.getUserId());
        }
        assertThat(picked).containsExactly(team.get(0).getUserId(), team.get(1).getUserId(), team.get(2).getUserId(),
                team.get(0).getUserId(), team.get(1).getUserId(), team.get(2).getUserId(), team.get(0).getUserId());
        team.get(2).resetTo(0);
        team.get(1).resetTo(5);
        assertThat(RoundRobin.next(team).orElseThrow()).isSameAs(team.get(2));
        assertThat(RoundRobin.next(List.of())).isEmpty();
    }
}
