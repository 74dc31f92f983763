package io.tessera.plugins.pipeline;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.pipeline.OpportunityService.Filter;
import io.tessera.plugins.pipeline.PipelineViews.Forecast;
import io.tessera.plugins.pipeline.PipelineViews.ForecastMonth;
import io.tessera.plugins.pipeline.PipelineViews.PipelineView;
import io.tessera.plugins.pipeline.PipelineViews.StageView;
import io.tessera.ui.kit.chart.BarChart;
import io.tessera.ui.kit.chart.LineChart;
import io.tessera.ui.kit.chart.Series;
import io.tessera.ui.kit.format.TenantFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The sales dashboard widget: open deals per stage of the default pipeline (bar chart), the win rate
 * of closed deals, and the weighted and total forecast of the next six months, one line chart per
 * currency of the deals (amounts in different currencies are never added up).
 */
class SalesWidget extends VerticalLayout {

    static final int MONTHS = 6;

    /** At most this many currencies get a forecast chart each. */
    static final int MAX_CURRENCIES = 4;

    SalesWidget(OpportunityService opportunities, PipelineService pipelines, ForecastService forecasts) {
        setPadding(false);
        List<PipelineView> all = pipelines.list();
        if (!all.isEmpty()) {
            PipelineView pipeline = all.getFirst();
            Map<java.util.UUID, Long> counts = opportunities.openCountByStage(pipeline.id());
            String title = getTranslation("pipeline.widget.byStage", pipeline.name());
            BarChart byStage = new BarChart(title);
            byStage.setData(pipeline.stages().stream().map(StageView::name).toList(),
                    List.of(new Series(getTranslation("pipeline.widget.deals"),
                            pipeline.stages().stream().map(s -> counts.getOrDefault(s.id(), 0L)).toList())));
            add(caption(title), byStage);
        }
        long won = opportunities.count(new Filter(null, null, null, OpportunityStatus.WON), null);
        long lost = opportunities.count(new Filter(null, null, null, OpportunityStatus.LOST), null);
        Span winRate = new Span(won + lost == 0 ? getTranslation("pipeline.widget.noClosed")
                : getTranslation("pipeline.widget.winRate", TenantFormat.current().percent((double) won / (won + lost)),
                        won, won + lost));
        winRate.setId("pipeline-win-rate");
        add(winRate);
        YearMonth from = YearMonth.now();
        YearMonth to = from.plusMonths(MONTHS - 1);
        // one chart per currency: amounts in different currencies are never added up
        List<String> currencies = forecasts.currencies(from, to, MAX_CURRENCIES + 1);
        for (String currency : currencies.subList(0, Math.min(currencies.size(), MAX_CURRENCIES))) {
            Forecast forecast = forecasts.forecast(from, to, currency);
            String title = getTranslation("pipeline.widget.forecast", currency);
            LineChart chart = new LineChart(title);
            chart.setData(forecast.months().stream().map(m -> Formats.month(m.month())).toList(), List.of(
                    new Series(getTranslation("pipeline.widget.weighted"),
                            forecast.months().stream().map(ForecastMonth::weighted).toList()),
                    new Series(getTranslation("pipeline.widget.total"),
                            forecast.months().stream().map(ForecastMonth::total).toList())));
            add(caption(title), chart);
        }
        if (currencies.size() > MAX_CURRENCIES) {
            add(new Span(getTranslation("pipeline.widget.moreCurrencies", MAX_CURRENCIES)));
        }
    }

    /** The chart's title above it (the chart itself names it only to assistive technology). */
    private static H4 caption(String text) {
        H4 caption = new H4(text);
        caption.getStyle().set("margin", "var(--vaadin-gap-s, 0.5rem) 0 0").set("font-size", "var(--aura-font-size-m, 1rem)");
        return caption;
    }
}
