package io.tessera.ui.app.shell;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.tessera.sdk.web.ApiProblem;

/** Consistent notifications of the consoles: success briefly, errors readably until dismissed. */
public final class Notify {

    private Notify() {
    }

    /**
     * Confirms that something was done.
     *
     * @param text the confirmation
     */
    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * Shows why something was refused; nothing was changed.
     *
     * @param e the refusal: a kernel problem or an invalid argument, whose message is meant for people
     */
    public static void error(RuntimeException e) {
        String text = e instanceof ApiProblem api && !api.errors().isEmpty()
                ? api.getMessage() + ": " + String.join("; ", api.errors().stream().map(f -> f.field() + " " + f.message()).toList())
                : e.getMessage();
        error(text == null ? e.getClass().getSimpleName() : text);
    }

    /**
     * Shows why something was refused, in words the view chose; nothing was changed.
     *
     * @param text the translated refusal
     */
    public static void error(String text) {
        Notification n = Notification.show(text, 0, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("role", "alert");
        n.getElement().addEventListener("click", ev -> n.close());
    }
}
