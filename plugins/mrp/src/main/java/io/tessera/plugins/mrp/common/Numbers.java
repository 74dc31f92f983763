package io.tessera.plugins.mrp.common;

import java.math.BigDecimal;

/** How quantities leave the module: without trailing zeros, never in exponent notation. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * A quantity without trailing zeros and with a scale of at least 0 (10, not 1E+1).
     *
     * @param value the value
     * @return it, plain
     */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
