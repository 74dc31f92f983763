package io.tessera.ui.kit.form;

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
 * Shows a refusal's field errors on the fields of a hand-built form that they name ({@code partyId},
 * {@code lines[1].quantity}, {@code lines[0].serials[2]} on the line's {@code serials} field), and turns every field
 * name into words for the problem shown above the form ("Line 2, Quantity"), so a user never reads a request path.
 * What the user typed stays as typed.
 *
 * <p>The words come from the module's messages: {@code <module>.form.checkFields} (the problem's detail when it names
 * fields), {@code <module>.form.line} (with the line's number as {@code {0}}) and {@code <module>.field.<name>}.
 */
public final class FieldErrorMarks {

    /** Translates a message key with its arguments. */
    @FunctionalInterface
    interface Messages {
        String get(String key, Object... arguments);
    }

    private static final Pattern LINE = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)(\\[\\d+])?");

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Set<HasValidation> watched = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Messages messages;
    private final String module;

    /**
     * Marks for a view's form, worded through the view's translations.
     *
     * @param view   the view, whose {@code getTranslation} words the fields
     * @param module the module id that prefixes the message keys
     */
    public FieldErrorMarks(Component view, String module) {
        this(view::getTranslation, module);
    }

    FieldErrorMarks(Messages messages, String module) {
        this.messages = messages;
        this.module = module;
    }

    /**
     * Registers the field a request property is typed into. Its validity is then the refusal's to say (the field's
     * own required check would otherwise replace the refusal's message), and changing it clears its error.
     *
     * @param property the request property, e.g. {@code lines[0].quantity}
     * @param field    the field it is typed into
     */
    public void bind(String property, HasValidation field) {
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

    /** Forgets every registered field (the form's lines are rebuilt). */
    public void clearBindings() {
        fields.clear();
    }

    /** Clears every registered field's error. */
    public void clear() {
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
    public Problem show(Problem problem) {
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
        String detail = problem.fieldErrors().isEmpty() ? problem.detail() : messages.get(module + ".form.checkFields");
        return new Problem(problem.status(), problem.title(), detail, readable, problem.unexpected());
    }

    /**
     * A request property in words: {@code lines[1].unitCost} is "Line 2, Unit cost".
     *
     * @param field the request property
     * @return its words
     */
    public String label(String field) {
        Matcher line = LINE.matcher(field);
        if (line.matches()) {
            return messages.get(module + ".form.line", Integer.parseInt(line.group(1)) + 1) + ", "
                    + messages.get(module + ".field." + line.group(2));
        }
        return messages.get(module + ".field." + field.replaceAll("\\[\\d+]", ""));
    }
}
