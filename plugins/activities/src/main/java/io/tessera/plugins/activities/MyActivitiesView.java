package io.tessera.plugins.activities;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.activities.ActivityService.Filter;
import io.tessera.plugins.activities.ActivityViews.ActivityView;
import io.tessera.sdk.CurrentUser;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import io.tessera.ui.kit.notify.Notifications;
import java.util.List;

/**
 * The signed-in user's activities (open ones by default, "show done" for all), lazily paged, with the
 * due time, an overdue badge and a "Mark done" / "Reopen" action per row.
 */
public class MyActivitiesView extends VerticalLayout {

    private final Checkbox showDone = new Checkbox();

    /**
     * Created by the shell.
     *
     * @param activities activities
     * @param user       the signed-in user
     */
    public MyActivitiesView(ActivityService activities, CurrentUser user) {
        setSizeFull();
        boolean canWrite = user.hasPermission(ActivitiesModule.WRITE);
        showDone.setLabel(getTranslation("activities.mine.showDone"));
        EntityGrid<ActivityView> grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<ActivityView> fetch(EntityQuery query) {
                return activities.slice(filter(user), query.offset(), query.limit());
            }

            @Override
            public long count(String text) {
                return activities.count(filter(user));
            }
        });
        grid.setId("my-activities");
        grid.enableCsvExport("my-activities.csv").setId("my-activities-csv");
        grid.getSearchField().setVisible(false);
        grid.addColumn(getTranslation("activities.field.type"), a -> getTranslation("activities.type." + a.type()));
        grid.addColumn(getTranslation("activities.field.subject"), ActivityView::subject);
        grid.addColumn(getTranslation("activities.field.due"), a -> a.dueAt() == null ? "" : Times.format(a.dueAt()));
        grid.getGrid().addComponentColumn(a -> {
            Span state = new Span(getTranslation(a.done() ? "activities.state.done"
                    : a.overdue() ? "activities.state.overdue" : "activities.state.open"));
            state.getElement().getThemeList().add(a.overdue() ? "badge error" : a.done() ? "badge success" : "badge");
            return state;
        }).setHeader(getTranslation("activities.field.state"));
        grid.getGrid().addComponentColumn(a -> {
            Button toggle = new Button(getTranslation(a.done() ? "activities.action.reopen" : "activities.action.done"), e -> {
                try {
                    activities.markDone(a.id(), !a.done());
                    Notifications.success(getTranslation(a.done() ? "activities.action.reopened" : "activities.action.marked",
                            a.subject()));
                    grid.refresh();
                } catch (RuntimeException ex) {
                    Notifications.error(ex);
                }
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            toggle.setVisible(canWrite);
            toggle.setAriaLabel(toggle.getText() + " – " + a.subject());
            return toggle;
        });
        grid.addFilter(showDone).addValueChangeListener(e -> grid.refresh());
        add(new H2(getTranslation("activities.mine.title")), grid);
    }

    private Filter filter(CurrentUser user) {
        return new Filter(null, null, null, user.id().orElse(null), null, showDone.getValue() ? null : Boolean.FALSE);
    }
}
