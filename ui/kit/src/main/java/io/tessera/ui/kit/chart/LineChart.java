package io.tessera.ui.kit.chart;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * A line chart: one line per series through a point at each category's centre, with a marker per
 * point (its tooltip names category, series and value).
 */
public class LineChart extends CategoryChart {

    /**
     * An empty line chart.
     *
     * @param title the title, also the chart's accessible name
     */
    public LineChart(String title) {
        super(title);
    }

    @Override
    void drawSeries(SvgWriter svg, Locale locale, Axis axis) {
        double band = band();
        for (int s = 0; s < getSeries().size(); s++) {
            StringJoiner points = new StringJoiner(" ");
            for (int c = 0; c < getCategories().size(); c++) {
                points.add(SvgWriter.number(LEFT + band * (c + 0.5)) + ","
                        + SvgWriter.number(axis.y(getSeries().get(s).values().get(c).doubleValue(), TOP, BOTTOM)));
            }
            svg.open("g", "class", "series", "stroke", color(s), "fill", color(s));
            svg.empty("polyline", "points", points.toString(), "fill", "none", "stroke-width", 2);
            for (int c = 0; c < getCategories().size(); c++) {
                svg.mark("circle", tooltip(s, c), "cx", LEFT + band * (c + 0.5),
                        "cy", axis.y(getSeries().get(s).values().get(c).doubleValue(), TOP, BOTTOM), "r", 4);
            }
            svg.close("g");
        }
    }
}
