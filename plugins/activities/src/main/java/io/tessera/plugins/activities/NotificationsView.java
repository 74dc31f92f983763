package io.tessera.plugins.activities;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.plugins.activities.ActivityViews.NotificationLine;
import io.tessera.plugins.activities.ActivityViews.NotificationView;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import io.tessera.ui.kit.notify.Notifications;
import java.util.List;

/** The signed-in user's in-app notifications (reminders), newest first, unread only by default; mark read. */
public class NotificationsView extends VerticalLayout {

    private final Checkbox all = new Checkbox();

    /**
     * Created by the shell.
     *
     * @param notifications the notification service
     */
    public NotificationsView(NotificationService notifications) {
        setSizeFull();
        all.setLabel(getTranslation("activities.notifications.all"));
        EntityGrid<NotificationLine> grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<NotificationLine> fetch(EntityQuery query) {
                return notifications.mine(!all.getValue(), query.offset(), query.limit());
            }

            @Override
            public long count(String text) {
                return notifications.countMine(!all.getValue());
            }
        });
        grid.setId("notifications");
        grid.getSearchField().setVisible(false);
        grid.addColumn(getTranslation("activities.notifications.when"), l -> Times.format(l.notification().createdAt()));
        grid.addColumn(getTranslation("activities.notifications.message"), this::message);
        grid.getGrid().addComponentColumn(l -> {
            NotificationView n = l.notification();
            if (n.readAt() != null) {
                return new com.vaadin.flow.component.html.Span(getTranslation("activities.notifications.read"));
            }
            Button read = new Button(getTranslation("activities.notifications.markRead"), e -> {
                try {
                    notifications.markRead(n.id());
                    grid.refresh();
                } catch (RuntimeException ex) {
                    Notifications.error(ex);
                }
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return read;
        });
        grid.addFilter(all).addValueChangeListener(e -> grid.refresh());
        add(new H2(getTranslation("activities.notifications.title")), grid);
    }

    /** A reminder in the reader's language with the due time in the tenant's format; the stored text if the activity is gone. */
    String message(NotificationLine line) {
        if (line.type() == null) {
            return line.notification().message();
        }
        String type = getTranslation("activities.type." + line.type().apiName());
        return line.dueAt() == null ? getTranslation("activities.notifications.reminder", type, line.subject())
                : getTranslation("activities.notifications.reminderDue", type, line.subject(), Times.format(line.dueAt()));
    }
}
