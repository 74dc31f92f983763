package io.tessera.ui.kit.chart;

import io.tessera.ui.kit.i18n.KitMessages;
import java.util.Locale;

/**
 * A funnel chart: one centred bar per stage, top to bottom, its width proportional to the stage's
 * value relative to the largest; each stage is labelled with its value and its conversion from the
 * first stage.
 */
public class FunnelChart extends LabelledChart {

    static final double TOP = 16;
    static final double BOTTOM = HEIGHT - 16;
    static final double MAX_WIDTH = 400;
    static final double CENTER = 220;

    /**
     * An empty funnel chart.
     *
     * @param title the title, also the chart's accessible name
     */
    public FunnelChart(String title) {
        super(title);
    }

    @Override
    String describe(Locale locale) {
        return KitMessages.get(locale, "kit.chart.desc.stages", getData().size());
    }

    @Override
    void draw(SvgWriter svg, Locale locale) {
        double largest = getData().stream().mapToDouble(d -> d.value().doubleValue()).max().orElse(1);
        double first = getData().getFirst().value().doubleValue();
        double band = (BOTTOM - TOP) / getData().size();
        for (int i = 0; i < getData().size(); i++) {
            Datum stage = getData().get(i);
            double value = stage.value().doubleValue();
            double width = MAX_WIDTH * value / largest;
            double y = TOP + band * i;
            String label = first > 0
                    ? KitMessages.get(locale, "kit.chart.stage", stage.label(), format(stage.value()),
                            percent(value / first))
                    : stage.label() + ": " + format(stage.value());
            svg.open("g", "class", "stage");
            svg.mark("rect", label, "x", CENTER - width / 2, "y", y + 2, "width", width, "height", band - 4,
                    "fill", color(i));
            svg.element("text", label, "x", CENTER + MAX_WIDTH / 2 + 8, "y", y + band / 2 + 4, "fill", "#333");
            svg.close("g");
        }
    }
}
