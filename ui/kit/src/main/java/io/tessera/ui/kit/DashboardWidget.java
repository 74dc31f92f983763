package io.tessera.ui.kit;

import com.vaadin.flow.component.Component;
import java.util.Objects;

/**
 * A widget a module contributes to the home dashboard.
 *
 * @param titleKey   message key of the widget's title
 * @param permission the permission key a user needs to see the widget
 * @param factory    builds the widget's content; called in the request's tenant scope, once per
 *                   dashboard shown
 */
public record DashboardWidget(String titleKey, String permission, Factory factory) {

    /**
     * Validates the widget.
     *
     * @throws IllegalArgumentException if a key is blank
     * @throws NullPointerException     if the factory is null
     */
    public DashboardWidget {
        Contracts.requireKey(titleKey, "titleKey");
        Contracts.requireKey(permission, "permission");
        Objects.requireNonNull(factory, "factory");
    }

    /** Builds a widget's content for the current tenant and user. */
    @FunctionalInterface
    public interface Factory {
        /**
         * Creates the content.
         *
         * @return a new component, never shared between UIs
         */
        Component create();
    }
}
