package io.tessera.plugins.leads;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Computes a lead's score from the tenant's rules: the sum of the points of every rule it meets. */
final class LeadScorer {

    /** The fields a {@code field} rule may name. */
    static final Set<String> FIELDS = Set.of("email", "phone", "company", "message");

    /** The kinds of rule. */
    static final Set<String> KINDS = Set.of("field", "source");

    private LeadScorer() {
    }

    /** A rule as the scorer needs it. */
    record Rule(String kind, String value, int points) {
    }

    static int score(Lead lead, List<Rule> rules) {
        int score = 0;
        for (Rule rule : rules) {
            if (meets(lead, rule)) {
                score += rule.points();
            }
        }
        return score;
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
