package io.tessera.ui.kit.chart;

import java.util.Objects;

/**
 * One labelled value: a slice of a {@link PieChart} or a stage of a {@link FunnelChart}.
 *
 * @param label the label (plain text)
 * @param value the value, zero or more
 */
public record Datum(String label, Number value) {

    /**
     * Validates the datum.
     *
     * @throws IllegalArgumentException if the value is negative or not finite
     */
    public Datum {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        double v = value.doubleValue();
        if (v < 0 || !Double.isFinite(v)) {
            throw new IllegalArgumentException("value must be zero or more, got " + value + " for '" + label + "'");
        }
    }
}
