package io.tessera.plugins.pipeline;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.tessera.plugins.pipeline.OpportunityService.Filter;
import io.tessera.plugins.pipeline.PipelineViews.OpportunityView;
import io.tessera.plugins.pipeline.PipelineViews.StageView;
import io.tessera.sdk.CurrentUser;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import java.util.List;

/**
 * The opportunity list: a lazy grid (one page per fetch, newest first) with the name search of the
 * filter bar and filters by stage, status and "mine only" (owner). A row opens the detail view.
 */
public class OpportunityListView extends VerticalLayout {

    private final Select<StageView> stage = new Select<>();
    private final Select<OpportunityStatus> status = new Select<>();
    private final Checkbox mine = new Checkbox();
    private final CurrentUser user;

    /**
     * Created by the shell.
     *
     * @param pipelines     pipelines (for the stage filter)
     * @param opportunities opportunities
     * @param user          the signed-in user (owner filter)
     */
    public OpportunityListView(PipelineService pipelines, OpportunityService opportunities, CurrentUser user) {
        this.user = user;
        setSizeFull();
        stage.setLabel(getTranslation("pipeline.field.stage"));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("pipeline.filter.any"));
        List<StageView> stages = pipelines.list().stream().flatMap(p -> p.stages().stream()
                .map(s -> new StageView(s.id(), p.name() + " › " + s.name(), s.position(), s.probability()))).toList();
        stage.setItems(stages);
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("pipeline.filter.any") : s.name());
        status.setLabel(getTranslation("pipeline.field.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("pipeline.filter.any"));
        status.setItems(OpportunityStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("pipeline.filter.any")
                : getTranslation("pipeline.status." + s.apiName()));
        mine.setLabel(getTranslation("pipeline.filter.mine"));

        EntityGrid<OpportunityView> grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<OpportunityView> fetch(EntityQuery query) {
                return opportunities.slice(filter(), query.filter(), query.offset(), query.limit());
            }

            @Override
            public long count(String text) {
                return opportunities.count(filter(), text);
            }
        });
        grid.setId("opportunity-grid");
        grid.enableCsvExport("opportunities.csv").setId("opportunity-csv");
        grid.addColumn(getTranslation("pipeline.field.name"), OpportunityView::name);
        grid.addColumn(getTranslation("pipeline.field.stage"), o -> o.stage().name());
        grid.addColumn(getTranslation("pipeline.field.status"), o -> getTranslation("pipeline.status." + o.status()));
        grid.addColumn(getTranslation("pipeline.field.amount"), o -> Formats.money(o.amount(), o.currency()));
        grid.addColumn(getTranslation("pipeline.field.expectedCloseDate"), o -> Formats.date(o.expectedCloseDate()));
        grid.addFilter(stage).addValueChangeListener(e -> grid.refresh());
        grid.addFilter(status).addValueChangeListener(e -> grid.refresh());
        grid.addFilter(mine).addValueChangeListener(e -> grid.refresh());
        grid.getGrid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PipelineUi.DETAIL + "/" + e.getItem().id())));
        grid.getElement().getStyle().set("flex-grow", "1");
        grid.getElement().getStyle().set("width", "100%");
        add(new H2(getTranslation("pipeline.list.title")),
                new Anchor(PipelineUi.DETAIL + "/new", getTranslation("pipeline.board.new")), grid);
    }

    private Filter filter() {
        return new Filter(stage.getValue() == null ? null : stage.getValue().id(),
                mine.getValue() ? user.id().orElse(null) : null, null, status.getValue());
    }
}
