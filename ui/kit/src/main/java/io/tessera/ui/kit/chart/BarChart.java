package io.tessera.ui.kit.chart;

import java.util.Locale;

/**
 * A grouped bar chart: one bar per series in each category, rising from zero (negative values hang
 * below it), on a value axis with nice ticks.
 *
 * <pre>{@code
 * BarChart chart = new BarChart(getTranslation("sales.chart.revenue"));
 * chart.setData(List.of("Q1", "Q2"), List.of(new Series("2026", List.of(revenueQ1, revenueQ2))));
 * }</pre>
 */
public class BarChart extends CategoryChart {

    /**
     * An empty bar chart.
     *
     * @param title the title, also the chart's accessible name
     */
    public BarChart(String title) {
        super(title);
    }

    @Override
    void drawSeries(SvgWriter svg, Locale locale, Axis axis) {
        double band = band();
        double barWidth = band * 0.8 / getSeries().size();
        double zero = axis.y(0, TOP, BOTTOM);
        for (int s = 0; s < getSeries().size(); s++) {
            svg.open("g", "class", "series", "fill", color(s));
            for (int c = 0; c < getCategories().size(); c++) {
                double y = axis.y(getSeries().get(s).values().get(c).doubleValue(), TOP, BOTTOM);
                svg.mark("rect", tooltip(s, c), "x", LEFT + band * c + band * 0.1 + barWidth * s,
                        "y", Math.min(y, zero), "width", barWidth, "height", Math.abs(zero - y));
            }
            svg.close("g");
        }
    }
}
