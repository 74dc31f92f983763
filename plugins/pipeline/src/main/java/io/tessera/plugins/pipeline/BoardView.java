package io.tessera.plugins.pipeline;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.tessera.plugins.pipeline.PipelineViews.OpportunityView;
import io.tessera.plugins.pipeline.PipelineViews.PipelineView;
import io.tessera.plugins.pipeline.PipelineViews.StageView;
import io.tessera.sdk.CurrentUser;
import io.tessera.ui.kit.kanban.KanbanBoard;
import io.tessera.ui.kit.notify.Notifications;
import java.util.List;

/**
 * The kanban board: the open opportunities of a chosen pipeline in a column per stage. Dropping a card
 * on another column moves the deal through {@link OpportunityService#moveToStage}; a refused move
 * leaves the card where it was with the reason. Each card has Won and Lost actions.
 */
public class BoardView extends VerticalLayout {

    /** At most this many open deals are shown (the board keeps a component per card in the session). */
    static final int MAX_CARDS = 100;

    private final OpportunityService opportunities;
    private final boolean canWrite;
    private final Select<PipelineView> pipeline = new Select<>();
    private final Div boardHolder = new Div();
    private final Span truncated = new Span();

    /**
     * Created by the shell (Spring injects the services).
     *
     * @param pipelines     pipelines and stages
     * @param opportunities opportunities
     * @param user          the signed-in user (changes need {@code pipeline.write})
     */
    public BoardView(PipelineService pipelines, OpportunityService opportunities, CurrentUser user) {
        this.opportunities = opportunities;
        this.canWrite = user.hasPermission(PipelineModule.WRITE);
        setSizeFull();
        H2 title = new H2(getTranslation("pipeline.board.title"));
        pipeline.setLabel(getTranslation("pipeline.board.pipeline"));
        pipeline.setId("pipeline-select");
        pipeline.setItemLabelGenerator(PipelineView::name);
        List<PipelineView> all = pipelines.list();
        pipeline.setItems(all);
        pipeline.addValueChangeListener(e -> show(e.getValue()));
        Anchor list = new Anchor(PipelineUi.LIST, getTranslation("pipeline.board.toList"));
        Anchor create = new Anchor(PipelineUi.DETAIL + "/new", getTranslation("pipeline.board.new"));
        create.setVisible(canWrite);
        HorizontalLayout bar = new HorizontalLayout(pipeline, create, list);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        boardHolder.setWidthFull();
        boardHolder.getStyle().set("overflow-x", "auto");
        add(title, bar, truncated, boardHolder);
        if (all.isEmpty()) {
            boardHolder.add(new Span(getTranslation("pipeline.board.noPipeline")));
        } else {
            pipeline.setValue(all.getFirst());
        }
    }

    private void show(PipelineView chosen) {
        boardHolder.removeAll();
        if (chosen == null) {
            return;
        }
        KanbanBoard<OpportunityView> board = new KanbanBoard<>(o -> o.stage().id().toString(), OpportunityView::name);
        board.setId("pipeline-board");
        for (StageView stage : chosen.stages()) {
            board.addColumn(stage.id().toString(), stage.name() + " (" + Formats.percent(stage.probability()) + ")");
        }
        board.setCardRenderer(o -> card(o, chosen));
        board.setMoveHandler((o, from, to) -> {
            if (!canWrite) {
                throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.FORBIDDEN, getTranslation("pipeline.noWrite"));
            }
            OpportunityView moved = opportunities.moveToStage(o.id(), java.util.UUID.fromString(to));
            Notifications.success(getTranslation("pipeline.board.moved", o.name(), moved.stage().name()));
            return true;
        });
        List<OpportunityView> open = opportunities.openIn(chosen.id(), MAX_CARDS + 1);
        truncated.setText(open.size() > MAX_CARDS ? getTranslation("pipeline.board.truncated", MAX_CARDS) : "");
        board.setItems(open.size() > MAX_CARDS ? open.subList(0, MAX_CARDS) : open);
        boardHolder.add(board);
    }

    private Component card(OpportunityView o, PipelineView chosen) {
        Span amount = new Span(Formats.money(o.amount(), o.currency()));
        amount.addClassName("pipeline-card-amount");
        Span close = new Span(getTranslation("pipeline.board.closes", Formats.date(o.expectedCloseDate())));
        Anchor open = new Anchor(PipelineUi.DETAIL + "/" + o.id(), getTranslation("pipeline.board.open"));
        Button won = new Button(getTranslation("pipeline.action.won"), e -> {
            try {
                opportunities.win(o.id());
                Notifications.success(getTranslation("pipeline.action.wonDone", o.name()));
                show(chosen);
            } catch (RuntimeException ex) {
                Notifications.error(ex);
            }
        });
        won.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button lost = new Button(getTranslation("pipeline.action.lost"),
                e -> new LostDialog(o, reason -> {
                    opportunities.lose(o.id(), reason);
                    Notifications.success(getTranslation("pipeline.action.lostDone", o.name()));
                    show(chosen);
                }).open());
        lost.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        won.setVisible(canWrite);
        lost.setVisible(canWrite);
        VerticalLayout details = new VerticalLayout(amount, close, new HorizontalLayout(open, won, lost));
        details.setPadding(false);
        details.setSpacing(false);
        return details;
    }
}
