package io.tessera.ui.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One route of a module, and its entry in the side navigation.
 *
 * <p>The shell registers {@code view} at {@code route} with Vaadin's {@code RouteConfiguration}
 * inside its main layout, so the view class needs no {@code @Route} annotation (and must not carry
 * one). The route's first segment must be the module id, so the access checker can tell the module
 * from the path: {@code pipeline/board}. A view taking a URL parameter implements
 * {@code HasUrlParameter}.
 *
 * @param route      the path relative to the application root, without a leading slash, e.g.
 *                   {@code pipeline/board}; lower-case segments of letters, digits and dashes
 * @param view       the view component
 * @param labelKey   message key of the entry's label, e.g. {@code pipeline.nav.board}
 * @param icon       the entry's icon
 * @param group      the navigation group
 * @param permission the permission key a user needs to see the entry and open the view, e.g.
 *                   {@code pipeline.read}
 * @param hidden     whether the route is left out of the menu (a detail page opened by links);
 *                   it is still registered and guarded by the permission
 */
public record NavItem(String route, Class<? extends Component> view, String labelKey, VaadinIcon icon,
                      NavGroup group, String permission, boolean hidden) {

    private static final Pattern ROUTE = Pattern.compile("[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)*");

    /**
     * Validates the entry.
     *
     * @throws NullPointerException     if any reference is null
     * @throws IllegalArgumentException if the route is not a relative lower-case path, or a key is blank
     */
    public NavItem {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(group, "group");
        if (!ROUTE.matcher(route).matches()) {
            throw new IllegalArgumentException(
                    "route must be a relative path such as 'pipeline/board', got '" + route + "'");
        }
        Contracts.requireKey(labelKey, "labelKey");
        Contracts.requireKey(permission, "permission");
    }

    /**
     * A visible menu entry.
     *
     * @param route      the relative route path
     * @param view       the view component
     * @param labelKey   message key of the label
     * @param icon       the icon
     * @param group      the navigation group
     * @param permission the permission needed
     */
    public NavItem(String route, Class<? extends Component> view, String labelKey, VaadinIcon icon,
                   NavGroup group, String permission) {
        this(route, view, labelKey, icon, group, permission, false);
    }

    /**
     * The first segment of the route, which names the module.
     *
     * @return e.g. {@code pipeline} for {@code pipeline/board}
     */
    public String moduleSegment() {
        int slash = route.indexOf('/');
        return slash < 0 ? route : route.substring(0, slash);
    }
}
