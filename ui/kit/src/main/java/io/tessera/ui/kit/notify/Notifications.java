package io.tessera.ui.kit.notify;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.tessera.ui.kit.i18n.KitMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way views tell users how an action went: a short success toast, or an error that stays
 * until closed and shows a {@link Problem} readably (title, detail, fields) — never a stack trace.
 * Call from the UI thread (inside {@code UI.access} from background work).
 */
public final class Notifications {

    /** How long a success toast stays, in milliseconds. */
    public static final int SUCCESS_DURATION_MS = 3000;

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private Notifications() {
    }

    /**
     * Shows a success message.
     *
     * @param text the message, already translated
     * @return the opened notification
     */
    public static Notification success(String text) {
        Notification notification = Notification.show(text, SUCCESS_DURATION_MS, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /**
     * Shows an error message that stays until closed.
     *
     * @param text the message, already translated
     * @return the opened notification
     */
    public static Notification error(String text) {
        return error(new Problem(0, text, "", null, false));
    }

    /**
     * Shows a problem that stays until closed.
     *
     * @param problem the problem
     * @return the opened notification
     */
    public static Notification error(Problem problem) {
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        notification.setAssertive(true);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(KitMessages.get("kit.action.close"));
        HorizontalLayout layout = new HorizontalLayout(new ProblemPanel(problem), close);
        layout.setAlignItems(FlexComponent.Alignment.START);
        notification.add(layout);
        notification.open();
        return notification;
    }

    /**
     * Shows what went wrong in an action. An {@linkplain Problem#unexpected() unexpected} exception is
     * logged with its stack trace here, and the user sees only a generic message.
     *
     * @param error the exception the action raised
     * @return the opened notification
     */
    public static Notification error(Throwable error) {
        Problem problem = Problem.of(error);
        if (problem.unexpected()) {
            log.error("Unexpected error in a view", error);
        } else {
            log.debug("Action refused: {}", problem.text(), error);
        }
        return error(problem);
    }
}
