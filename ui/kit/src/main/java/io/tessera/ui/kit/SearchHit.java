package io.tessera.ui.kit;

import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Objects;

/**
 * One result of a {@link SearchProvider}: what to show and where to navigate.
 *
 * @param title      the main line, e.g. the record's name (plain text, never HTML)
 * @param subtitle   a second line, e.g. its kind and status; may be empty
 * @param route      the relative path to open, including any URL parameter segment, e.g.
 *                   {@code pipeline/opportunity/0199f0a2-…}
 * @param parameters query parameters added to the location; may be empty
 */
public record SearchHit(String title, String subtitle, String route, Map<String, String> parameters) {

    /**
     * Validates the hit and copies the parameters.
     *
     * @throws IllegalArgumentException if the title or route is blank, or the route starts with '/'
     */
    public SearchHit {
        Contracts.requireKey(title, "title");
        Contracts.requireKey(route, "route");
        if (route.startsWith("/")) {
            throw new IllegalArgumentException("route must be relative, got '" + route + "'");
        }
        subtitle = Objects.requireNonNullElse(subtitle, "");
        parameters = Map.copyOf(Objects.requireNonNullElse(parameters, Map.of()));
    }

    /**
     * A hit without query parameters.
     *
     * @param title    the main line
     * @param subtitle the second line
     * @param route    the relative path to open
     */
    public SearchHit(String title, String subtitle, String route) {
        this(title, subtitle, route, Map.of());
    }

    /**
     * The query parameters in Vaadin's form, for {@code UI.navigate(route(), queryParameters())}.
     *
     * @return the query parameters
     */
    public QueryParameters queryParameters() {
        return QueryParameters.simple(parameters);
    }
}
