package io.tessera.ui.kit.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import io.tessera.ui.kit.notify.Problem;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldErrorMarksTest {

    private static final Map<String, String> WORDS = Map.of(
            "shop.form.checkFields", "Please check the marked fields.",
            "shop.form.line", "Line {0}",
            "shop.field.quantity", "Quantity",
            "shop.field.serials", "Serials",
            "shop.field.partyId", "Customer");

    private final FieldErrorMarks marks = new FieldErrorMarks(
            (key, arguments) -> MessageFormat.format(WORDS.getOrDefault(key, "!" + key), arguments), "shop");

    @Test
    void marksTheNamedFieldsAndWordsEveryName() {
        TextField party = new TextField();
        TextField quantity = new TextField();
        TextField serials = new TextField();
        marks.bind("partyId", party);
        marks.bind("lines[1].quantity", quantity);
        marks.bind("lines[0].serials", serials);

        Problem shown = marks.show(new Problem(422, "Unprocessable Entity", "lines[1].quantity: must be positive",
                List.of(new Problem.FieldError("lines[1].quantity", "must be positive"),
                        new Problem.FieldError("lines[0].serials[2]", "is already in stock"),
                        new Problem.FieldError("lines[3].quantity", "is required")), false));

        assertThat(party.isInvalid()).isFalse();
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isEqualTo("must be positive");
        assertThat(serials.isInvalid()).isTrue();
        assertThat(serials.getErrorMessage()).isEqualTo("is already in stock");
        assertThat(shown.detail()).isEqualTo("Please check the marked fields.");
        assertThat(shown.fieldErrors()).extracting(Problem.FieldError::field)
                .containsExactly("Line 2, Quantity", "Line 1, Serials", "Line 4, Quantity");
    }

    @Test
    void changingAFieldClearsItsErrorAndAProblemWithoutFieldsKeepsItsDetail() {
        TextField party = new TextField();
        marks.bind("partyId", party);
        marks.show(new Problem(422, "Unprocessable Entity", "x", List.of(new Problem.FieldError("partyId", "is required")),
                false));
        assertThat(party.isInvalid()).isTrue();

        party.setValue("Acme");

        assertThat(party.isInvalid()).isFalse();
        assertThat(party.getErrorMessage()).isNullOrEmpty();
        Problem conflict = marks.show(new Problem(409, "Conflict", "Only 3 left", List.of(), false));
        assertThat(conflict.detail()).isEqualTo("Only 3 left");
        assertThat(marks.label("partyId")).isEqualTo("Customer");
    }
}
