package io.tessera.plugins.leads;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Computes a lead's score from the tenant's rules: the sum of the points of every rule it meets. An
 * {@code activity} rule earns its points once per activity linked to the lead (of one type, or of any), up to
 * its cap.
 */
final class LeadScorer {

    /** The fields a {@code field} rule may name. */
    static final Set<String> FIELDS = Set.of("email", "phone", "company", "message");

    /** What an {@code activity} rule may count: activities of any type, or of one. */
    static final Set<String> ACTIVITY_TYPES = Set.of("any", "call", "meeting", "email", "note", "task");

    /** Bounds what one uncapped activity rule can give, so that a score never overflows. */
    static final long MAX_RULE_POINTS = 1_000_000;

    /** The kinds of rule. */
    static final Set<String> KINDS = Set.of("field", "source", "activity");

    private LeadScorer() {
    }

    /**
     * A rule as the scorer needs it.
     *
     * @param cap for {@code activity} rules, the most points the rule may give (or take, for negative points);
     *            {@code null} for no cap
     */
    record Rule(String kind, String value, int points, Integer cap) {

        Rule(String kind, String value, int points) {
            this(kind, value, points, null);
        }
    }

    static int score(Lead lead, List<Rule> rules) {
        return score(lead, rules, Map.of());
    }

    /**
     * The score.
     *
     * @param activities the lead's linked activities by type ({@code call} → 3, …); empty without the module
     */
    static int score(Lead lead, List<Rule> rules, Map<String, Long> activities) {
        int score = 0;
        for (Rule rule : rules) {
            if ("activity".equals(rule.kind())) {
                score += activityPoints(rule, activities);
            } else if (meets(lead, rule)) {
                score += rule.points();
            }
        }
        return score;
    }

    private static int activityPoints(Rule rule, Map<String, Long> activities) {
        long count = "any".equals(rule.value())
                ? activities.values().stream().mapToLong(Long::longValue).sum()
                : activities.getOrDefault(rule.value(), 0L);
        long points = count * rule.points();
        if (rule.cap() != null) {
            long cap = rule.cap();
            points = Math.max(-cap, Math.min(cap, points));
        }
        return (int) Math.max(-MAX_RULE_POINTS, Math.min(MAX_RULE_POINTS, points));
    }

    private static boolean meets(Lead lead, Rule rule) {
        return switch (rule.kind()) {
            case "field" -> filled(switch (rule.value()) {
                case "email" -> lead.getEmail();
                case "phone" -> lead.getPhone();
                case "company" -> lead.getCompany();
                case "message" -> lead.getMessage();
                default -> null;
            });
            case "source" -> lead.getSource() != null
                    && lead.getSource().toLowerCase(Locale.ROOT).equals(rule.value().toLowerCase(Locale.ROOT));
            default -> false;
        };
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }
}
