package io.tessera.ui.kit.chart;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Svg;
import io.tessera.ui.kit.i18n.KitMessages;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The common base of the kit's charts: an SVG document built on the server and shown by Flow's
 * {@link Svg} component. Its accessible name is the chart's title ({@code role="img"},
 * {@code aria-label}, {@code <title>}); its {@code <desc>} summarises the data for screen readers.
 * The markup is rebuilt when the data or the title changes, in the current UI's locale.
 */
public abstract class SvgChart extends Composite<Svg> implements HasSize {

    /** Width of the SVG view box; the chart scales to its container's width. */
    public static final int WIDTH = 640;
    /** Height of the SVG view box. */
    public static final int HEIGHT = 320;

    /** Colour-blind-safe palette (Okabe–Ito), cycled by series or slice. */
    static final List<String> PALETTE = List.of(
            "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000");

    private String title;
    private String markup = "";
    /** The number formats of the render in progress (created once per render, not per label). */
    private NumberFormat numberFormat;
    private NumberFormat percentFormat;

    SvgChart(String title) {
        this.title = Objects.requireNonNull(title, "title");
        setWidthFull();
        getElement().getClassList().add("tessera-chart");
    }

    /**
     * Changes the title (the accessible name) and redraws.
     *
     * @param title the title, plain text
     */
    public void setTitle(String title) {
        this.title = Objects.requireNonNull(title, "title");
        redraw();
    }

    /**
     * The chart's title.
     *
     * @return the title
     */
    public String getTitle() {
        return title;
    }

    /**
     * The SVG markup currently shown, e.g. for export or tests.
     *
     * @return a standalone SVG document
     */
    public String getSvg() {
        return markup;
    }

    /** Rebuilds the markup from the current data and shows it. */
    final void redraw() {
        Locale locale = KitMessages.currentLocale();
        numberFormat = NumberFormat.getNumberInstance(locale);
        numberFormat.setMaximumFractionDigits(2);
        percentFormat = NumberFormat.getPercentInstance(locale);
        percentFormat.setMaximumFractionDigits(1);
        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + HEIGHT,
                "width", "100%", "role", "img", "aria-label", title, "font-family", "sans-serif", "font-size", 12);
        svg.element("title", title);
        svg.element("desc", describe(locale));
        if (isEmpty()) {
            svg.element("text", KitMessages.get(locale, "kit.chart.empty"), "x", WIDTH / 2, "y", HEIGHT / 2,
                    "text-anchor", "middle", "fill", "#555");
        } else {
            draw(svg, locale);
        }
        svg.close("svg");
        markup = svg.toString();
        getContent().setSvg(markup);
    }

    /** Whether there is nothing to draw. */
    abstract boolean isEmpty();

    /** A one-sentence summary of the data, for screen readers. */
    abstract String describe(Locale locale);

    /** Draws the marks, axes and legend. */
    abstract void draw(SvgWriter svg, Locale locale);

    /** A value in the render's locale, at most two decimals. */
    final String format(Number value) {
        return numberFormat.format(value);
    }

    /** A share (0..1) as a percentage in the render's locale. */
    final String percent(double share) {
        return percentFormat.format(share);
    }

    static String color(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /** A legend row of coloured squares with labels, at the given position. */
    static void legend(SvgWriter svg, List<String> labels, double x, double y) {
        double cursor = x;
        for (int i = 0; i < labels.size(); i++) {
            svg.open("g", "class", "legend-item");
            svg.empty("rect", "x", cursor, "y", y - 10, "width", 10, "height", 10, "fill", color(i));
            svg.element("text", labels.get(i), "x", cursor + 14, "y", y);
            svg.close("g");
            cursor += 24 + 7 * Math.min(labels.get(i).length(), 24);
        }
    }
}
