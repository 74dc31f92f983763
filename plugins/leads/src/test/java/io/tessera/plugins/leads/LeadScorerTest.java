package io.tessera.plugins.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    void activityRulesGivePointsPerActivityOfATypeOrOfAnyUpToTheirCap() {
        Lead lead = new Lead("Ada");
        lead.describe("Ada", null, null, null, null, null);
        Map<String, Long> activities = Map.of("call", 3L, "email", 2L);
        assertThat(LeadScorer.score(lead, List.of(new LeadScorer.Rule("activity", "call", 10, null)), activities)).isEqualTo(30);
        assertThat(LeadScorer.score(lead, List.of(new LeadScorer.Rule("activity", "call", 10, 25)), activities)).isEqualTo(25);
        assertThat(LeadScorer.score(lead, List.of(new LeadScorer.Rule("activity", "any", 2, null)), activities)).isEqualTo(10);
        assertThat(LeadScorer.score(lead, List.of(new LeadScorer.Rule("activity", "meeting", 50, null)), activities)).isZero();
        assertThat(LeadScorer.score(lead, List.of(new LeadScorer.Rule("activity", "email", -4, 5)), activities))
                .as("a cap bounds negative points too").isEqualTo(-5);
        assertThat(LeadScorer.score(lead, List.of(new LeadScorer.Rule("activity", "any", 1000, null)),
                Map.of("call", 10_000_000L))).as("no overflow").isEqualTo((int) LeadScorer.MAX_RULE_POINTS);
        assertThat(LeadScorer.score(lead, List.of(new LeadScorer.Rule("activity", "any", 5, null)))).as("without activities")
                .isZero();
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
