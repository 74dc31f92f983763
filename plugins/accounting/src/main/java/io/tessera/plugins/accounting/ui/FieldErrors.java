package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.HasValidation;
import io.tessera.ui.kit.notify.Problem;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shows a refusal's field errors on the fields they name ({@code partyId}, {@code lines[1].quantity}…). */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Registers the field a request property is typed into. */
    void bind(String property, HasValidation field) {
        fields.put(property, field);
    }

    /** Forgets the fields of properties starting with a prefix (a removed line). */
    void unbindPrefix(String prefix) {
        fields.keySet().removeIf(k -> k.startsWith(prefix));
    }

    /** Clears every field's error. */
    void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /**
     * Marks the fields the problem names.
     *
     * @return how many fields were marked
     */
    int show(Problem problem) {
        clear();
        int marked = 0;
        for (Problem.FieldError error : problem.fieldErrors()) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
                marked++;
            }
        }
        return marked;
    }
}
