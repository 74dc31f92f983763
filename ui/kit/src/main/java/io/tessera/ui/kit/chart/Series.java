package io.tessera.ui.kit.chart;

import java.util.List;
import java.util.Objects;

/**
 * A named row of values of a {@link BarChart} or {@link LineChart}, one per category.
 *
 * @param name   the legend label (plain text)
 * @param values the values, one per category; {@code BigDecimal} amounts are welcome
 */
public record Series(String name, List<? extends Number> values) {

    /**
     * Validates the series and copies the values.
     *
     * @throws NullPointerException if the name, the list or a value is null
     */
    public Series {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
