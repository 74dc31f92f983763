package io.tessera.ui.kit.chart;

import io.tessera.ui.kit.i18n.KitMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pie chart: one slice per datum, clockwise from twelve o'clock, its angle proportional to its
 * share of the total; a legend lists each label with its value and percentage.
 */
public class PieChart extends LabelledChart {

    static final double CX = 160;
    static final double CY = HEIGHT / 2.0;
    static final double R = 140;

    /**
     * An empty pie chart.
     *
     * @param title the title, also the chart's accessible name
     */
    public PieChart(String title) {
        super(title);
    }

    @Override
    String describe(Locale locale) {
        return KitMessages.get(locale, "kit.chart.desc.parts", getData().size(), format(total()));
    }

    @Override
    void draw(SvgWriter svg, Locale locale) {
        double total = total();
        double angle = 0;
        List<String> legend = new ArrayList<>();
        svg.open("g", "class", "slices", "stroke", "#fff", "stroke-width", 1);
        for (int i = 0; i < getData().size(); i++) {
            Datum datum = getData().get(i);
            double share = datum.value().doubleValue() / total;
            String tooltip = datum.label() + ": " + format(datum.value()) + " (" + percent(share) + ")";
            legend.add(tooltip);
            if (share >= 1) {
                svg.mark("circle", tooltip, "cx", CX, "cy", CY, "r", R, "fill", color(i));
            } else if (share > 0) {
                double end = angle + share * 2 * Math.PI;
                svg.mark("path", tooltip, "d", "M" + SvgWriter.number(CX) + "," + SvgWriter.number(CY)
                        + " L" + point(angle) + " A" + SvgWriter.number(R) + "," + SvgWriter.number(R) + " 0 "
                        + (share > 0.5 ? 1 : 0) + ",1 " + point(end) + " Z", "fill", color(i));
                angle = end;
            }
        }
        svg.close("g");
        svg.open("g", "class", "legend");
        for (int i = 0; i < legend.size(); i++) {
            double y = 40 + i * 22;
            svg.empty("rect", "x", 340, "y", y - 10, "width", 12, "height", 12, "fill", color(i));
            svg.element("text", legend.get(i), "x", 358, "y", y);
        }
        svg.close("g");
    }

    /** The point on the circle at an angle measured clockwise from twelve o'clock. */
    static String point(double angle) {
        return SvgWriter.number(CX + R * Math.sin(angle)) + "," + SvgWriter.number(CY - R * Math.cos(angle));
    }

}
