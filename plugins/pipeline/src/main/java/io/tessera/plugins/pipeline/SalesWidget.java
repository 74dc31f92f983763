package io.tessera.plugins.pipeline;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.web.ErrorResponseException;

/**
 * The sales dashboard widget: open deals per stage of the default pipeline (bar chart), the win rate
 * of closed deals, and the weighted and total forecast of the next six months (line chart).
 */
class SalesWidget extends VerticalLayout {

    static final int MONTHS = 6;

    SalesWidget(OpportunityService opportunities, PipelineService pipelines, ForecastService forecasts) {
        setPadding(false);
        List<PipelineView> all = pipelines.list();
        if (!all.isEmpty()) {
            PipelineView pipeline = all.getFirst();
            Map<java.util.UUID, Long> counts = opportunities.openCountByStage(pipeline.id());
            BarChart byStage = new BarChart(getTranslation("pipeline.widget.byStage", pipeline.name()));
            byStage.setData(pipeline.stages().stream().map(StageView::name).toList(),
                    List.of(new Series(getTranslation("pipeline.widget.deals"),
                            pipeline.stages().stream().map(s -> counts.getOrDefault(s.id(), 0L)).toList())));
            add(byStage);
        }
        long won = opportunities.count(new Filter(null, null, null, OpportunityStatus.WON), null);
        long lost = opportunities.count(new Filter(null, null, null, OpportunityStatus.LOST), null);
        Span winRate = new Span(won + lost == 0 ? getTranslation("pipeline.widget.noClosed")
                : getTranslation("pipeline.widget.winRate", BigDecimal.valueOf(won * 100).divide(
                        BigDecimal.valueOf(won + lost), 1, RoundingMode.HALF_UP).toPlainString(), won, won + lost));
        winRate.setId("pipeline-win-rate");
        add(winRate);
        YearMonth from = YearMonth.now();
        try {
            Forecast forecast = forecasts.forecast(from, from.plusMonths(MONTHS - 1), null);
            if (forecast.currency() != null) {
                LineChart chart = new LineChart(getTranslation("pipeline.widget.forecast", forecast.currency()));
                chart.setData(forecast.months().stream().map(ForecastMonth::month).toList(), List.of(
                        new Series(getTranslation("pipeline.widget.weighted"),
                                forecast.months().stream().map(ForecastMonth::weighted).toList()),
                        new Series(getTranslation("pipeline.widget.total"),
                                forecast.months().stream().map(ForecastMonth::total).toList())));
                add(chart);
            }
        } catch (ErrorResponseException e) {
            // several currencies in the range: the forecast needs one chosen; say so instead of a chart
            add(new Span(getTranslation("pipeline.widget.severalCurrencies")));
        }
    }
}
