package io.tessera.ui.kit.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with "nice" bounds and ticks (1, 2 or 5 times a power of ten) that include zero.
 *
 * @param min  the lowest value shown
 * @param max  the highest value shown
 * @param step the distance between ticks
 */
record Axis(double min, double max, double step) {

    static Axis covering(double lowest, double highest) {
        double low = Math.min(0, lowest);
        double high = Math.max(0, highest);
        if (high == low) {
            high = low + 1;
        }
        double step = niceStep((high - low) / 5);
        return new Axis(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
    }

    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (double t = min; t <= max + step / 2; t += step) {
            ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
        }
        return ticks;
    }

    /** The y coordinate of a value in a plot area from {@code top} to {@code bottom}. */
    double y(double value, double top, double bottom) {
        return top + (bottom - top) * (max - value) / (max - min);
    }
}
