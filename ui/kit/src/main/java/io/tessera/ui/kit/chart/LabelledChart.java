package io.tessera.ui.kit.chart;

import java.util.List;

/** A chart of labelled values: the base of {@link PieChart} and {@link FunnelChart}. */
public abstract class LabelledChart extends SvgChart {

    private List<Datum> data = List.of();

    LabelledChart(String title) {
        super(title);
        redraw();
    }

    /**
     * Sets the data and redraws.
     *
     * @param data the labelled values, in display order
     */
    public void setData(List<Datum> data) {
        this.data = List.copyOf(data);
        redraw();
    }

    /**
     * The labelled values.
     *
     * @return the data
     */
    public List<Datum> getData() {
        return data;
    }

    final double total() {
        return data.stream().mapToDouble(d -> d.value().doubleValue()).sum();
    }

    @Override
    boolean isEmpty() {
        return total() <= 0;
    }
}
