package io.tessera.plugins.inventory.ui;

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
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a refusal's field errors on the fields they name ({@code partyId}, {@code lines[1].quantity},
 * {@code lines[0].serials[2]} on the line's serials field), and turns the names of the others into words a user reads
 * ("Line 2, quantity"), so that a problem never shows a request path.
 */
final class FieldErrors {

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)(\\[\\d+])?");

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Set<HasValidation> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    private final UnaryOperator<String> translate;

    /**
     * Errors shown through a view's translations.
     *
     * @param view the view, whose {@code getTranslation} names the fields
     */
    FieldErrors(Component view) {
        this.translate = key -> view.getTranslation(key);
    }

    /**
     * Registers the field a request property is typed into. Its validity is then the refusal's to say: the field's own
     * required check would otherwise replace the message the refusal gave it.
     */
    void bind(String property, HasValidation field) {
        field.setManualValidation(true);
        fields.put(property, field);
        if (field instanceof HasValue<?, ?> value && watched.add(field)) {
            // what the user changes is no longer what was refused
            value.addValueChangeListener(e -> {
                field.setInvalid(false);
                field.setErrorMessage(null);
            });
        }
    }

    /** Forgets every field (the lines are rebuilt). */
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

    /**
     * Marks the fields the problem names and returns the problem as the user reads it: the field names in words.
     *
     * @param problem the refusal
     * @return the problem to show above the form
     */
    Problem show(Problem problem) {
        clear();
        List<Problem.FieldError> readable = new ArrayList<>();
        for (Problem.FieldError error : problem.fieldErrors()) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                field = fields.get(error.field().replaceAll("\\[\\d+]$", ""));
            }
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
            readable.add(new Problem.FieldError(label(error.field()), error.message()));
        }
        String detail = problem.fieldErrors().isEmpty() ? problem.detail() : translate.apply("inventory.form.checkFields");
        return new Problem(problem.status(), problem.title(), detail, readable, problem.unexpected());
    }

    /** A request path in words: {@code lines[1].unitCost} is "Line 2, unit cost". */
    String label(String field) {
        Matcher line = LINE.matcher(field);
        if (line.matches()) {
            return translate.apply("inventory.form.line") + " " + (Integer.parseInt(line.group(1)) + 1) + ", "
                    + translate.apply("inventory.field." + line.group(2));
        }
        return translate.apply("inventory.field." + field.replaceAll("\\[\\d+]", ""));
    }
}
