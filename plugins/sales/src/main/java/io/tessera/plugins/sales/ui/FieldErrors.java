package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import io.tessera.ui.kit.notify.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a refusal's field errors on the fields they name ({@code partyId}, {@code lines[1].quantity}) and turns the
 * names into words for the problem shown above the form ("Line 2, quantity"), so a user never reads a request path.
 */
final class FieldErrors {

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Set<HasValidation> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Component view;

    FieldErrors(Component view) {
        this.view = view;
    }

    /** Registers the field a request property is typed into; changing it clears its error. */
    void bind(String property, HasValidation field) {
        field.setManualValidation(true);
        fields.put(property, field);
        if (field instanceof HasValue<?, ?> value && watched.add(field)) {
            value.addValueChangeListener(e -> {
                field.setInvalid(false);
                field.setErrorMessage(null);
            });
        }
    }

    /** Forgets every field (the form is rebuilt). */
    void clearBindings() {
        fields.clear();
    }

    /** Clears every field's error. */
    void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Marks the fields the problem names and returns the problem with the field names in words. */
    Problem show(Problem problem) {
        clear();
        List<Problem.FieldError> readable = new ArrayList<>();
        for (Problem.FieldError error : problem.fieldErrors()) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
            readable.add(new Problem.FieldError(label(error.field()), error.message()));
        }
        String detail = problem.fieldErrors().isEmpty() ? problem.detail() : view.getTranslation("sales.form.checkFields");
        return new Problem(problem.status(), problem.title(), detail, readable, problem.unexpected());
    }

    String label(String field) {
        Matcher line = LINE.matcher(field);
        if (line.matches()) {
            return view.getTranslation("sales.form.line", Integer.parseInt(line.group(1)) + 1) + ", "
                    + view.getTranslation("sales.field." + line.group(2));
        }
        return view.getTranslation("sales.field." + field.replaceAll("\\[\\d+]", ""));
    }
}
