package io.tessera.ui.kit.chart;

import io.tessera.ui.kit.i18n.KitMessages;
import java.util.List;
import java.util.Locale;

/**
 * A chart of series over categories with a value axis: the base of {@link BarChart} and
 * {@link LineChart}.
 */
public abstract class CategoryChart extends SvgChart {

    static final double LEFT = 64;
    static final double RIGHT = WIDTH - 16;
    static final double TOP = 16;
    static final double BOTTOM = HEIGHT - 52;

    private List<String> categories = List.of();
    private List<Series> series = List.of();

    CategoryChart(String title) {
        super(title);
        redraw();
    }

    /**
     * Sets the data and redraws.
     *
     * @param categories the category labels along the horizontal axis
     * @param series     the series, each with one value per category
     * @throws IllegalArgumentException if a series has not one value per category, or a value is not
     *                                  finite
     */
    public void setData(List<String> categories, List<Series> series) {
        List<String> newCategories = List.copyOf(categories);
        List<Series> newSeries = List.copyOf(series);
        for (Series s : newSeries) {
            if (s.values().size() != newCategories.size()) {
                throw new IllegalArgumentException("Series '" + s.name() + "' has " + s.values().size()
                        + " values for " + newCategories.size() + " categories");
            }
            for (Number value : s.values()) {
                if (!Double.isFinite(value.doubleValue())) {
                    throw new IllegalArgumentException("Series '" + s.name() + "' has a value that is not finite");
                }
            }
        }
        this.categories = newCategories;
        this.series = newSeries;
        redraw();
    }

    /**
     * The category labels.
     *
     * @return the categories
     */
    public List<String> getCategories() {
        return categories;
    }

    /**
     * The series.
     *
     * @return the series
     */
    public List<Series> getSeries() {
        return series;
    }

    @Override
    boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }

    @Override
    String describe(Locale locale) {
        return KitMessages.get(locale, "kit.chart.desc.categories", series.size(), categories.size(),
                String.join(", ", series.stream().map(Series::name).toList()));
    }

    @Override
    final void draw(SvgWriter svg, Locale locale) {
        Axis axis = Axis.covering(
                series.stream().flatMap(s -> s.values().stream()).mapToDouble(Number::doubleValue).min().orElse(0),
                series.stream().flatMap(s -> s.values().stream()).mapToDouble(Number::doubleValue).max().orElse(0));
        svg.open("g", "class", "axis", "stroke", "#ccc");
        for (double tick : axis.ticks()) {
            double y = axis.y(tick, TOP, BOTTOM);
            svg.empty("line", "x1", LEFT, "x2", RIGHT, "y1", y, "y2", y);
        }
        svg.close("g");
        svg.open("g", "class", "ticks", "text-anchor", "end", "fill", "#333");
        for (double tick : axis.ticks()) {
            svg.element("text", format(tick), "x", LEFT - 6, "y", axis.y(tick, TOP, BOTTOM) + 4);
        }
        svg.close("g");
        double band = band();
        svg.open("g", "class", "categories", "text-anchor", "middle", "fill", "#333");
        for (int i = 0; i < categories.size(); i++) {
            svg.element("text", categories.get(i), "x", LEFT + band * (i + 0.5), "y", BOTTOM + 16);
        }
        svg.close("g");
        drawSeries(svg, locale, axis);
        double zero = axis.y(0, TOP, BOTTOM);
        svg.empty("line", "class", "baseline", "x1", LEFT, "x2", RIGHT, "y1", zero, "y2", zero, "stroke", "#333");
        legend(svg, series.stream().map(Series::name).toList(), LEFT, HEIGHT - 10);
    }

    /** Width of one category's band. */
    final double band() {
        return (RIGHT - LEFT) / categories.size();
    }

    /** Draws the marks of every series. */
    abstract void drawSeries(SvgWriter svg, Locale locale, Axis axis);

    final String tooltip(int seriesIndex, int category) {
        return categories.get(category) + " – " + series.get(seriesIndex).name() + ": "
                + format(series.get(seriesIndex).values().get(category));
    }
}
