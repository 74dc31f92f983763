package io.tessera.plugins.pipeline;

import java.math.BigDecimal;

/** Whether a deal is still being worked on or has closed. */
enum OpportunityStatus {
    OPEN, WON, LOST;

    /** The win probability this status implies, or {@code null} when the stage's own applies (open deals). */
    BigDecimal fixedProbability() {
        return switch (this) {
            case OPEN -> null;
            case WON -> BigDecimal.valueOf(100);
            case LOST -> BigDecimal.ZERO;
        };
    }

    String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
