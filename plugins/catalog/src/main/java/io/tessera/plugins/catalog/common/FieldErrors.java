package io.tessera.plugins.catalog.common;

import com.vaadin.flow.component.HasValidation;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a service's refusal on a form: each field error under the field it names (the API's field names, e.g.
 * {@code salesUom} or {@code variants[2].sku}, or the bound field it is part of), and whatever names no field of
 * the form in an error notification.
 * The form's values are left as typed, so nothing is lost. Used by the views only.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /**
     * Binds an API field name to the component that edits it.
     *
     * @param field     the field as the service names it
     * @param component the component
     * @return this
     */
    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /** Clears every mark, before the next attempt. */
    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /**
     * Marks the fields a problem names; the rest (or a problem naming no field, such as a conflict) goes to an
     * error notification.
     *
     * @param problem the service's refusal
     * @return how many fields were marked
     */
    public int show(ApiProblem problem) {
        clear();
        int marked = 0;
        List<ApiProblem.FieldError> rest = new ArrayList<>();
        for (ApiProblem.FieldError error : problem.errors()) {
            HasValidation field = fieldFor(error.field());
            if (field == null) {
                rest.add(error);
            } else {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
                marked++;
            }
        }
        if (problem.errors().isEmpty() || !rest.isEmpty()) {
            Problem shown = Problem.of(problem);
            Notifications.error(new Problem(shown.status(), shown.title(), shown.detail(),
                    rest.stream().map(e -> new Problem.FieldError(e.field(), e.message())).toList(), false));
        }
        return marked;
    }

    /** The component of a field, or of the nearest bound field it is part of ({@code values} for {@code values[2].value}). */
    private HasValidation fieldFor(String field) {
        HasValidation exact = fields.get(field);
        if (exact != null) {
            return exact;
        }
        return fields.entrySet().stream()
                .filter(e -> field.startsWith(e.getKey() + "[") || field.startsWith(e.getKey() + "."))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue).orElse(null);
    }

    /**
     * Whether a field is marked now.
     *
     * @param field the API field name
     * @return {@code true} when its component shows an error
     */
    public boolean isMarked(String field) {
        HasValidation component = fields.get(field);
        return component != null && component.isInvalid();
    }
}
