package io.tessera.sdk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void oneProblemNamesEveryBadFieldAndNothingIsThrownWithoutOne() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.any()).isFalse();
        assertThatCode(errors::throwIfAny).doesNotThrowAnyException();

        errors.add("lines[0].quantity", "must be positive");
        errors.add("uom", "is not a unit of the product's category");

        assertThat(errors.any()).isTrue();
        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.status()).isEqualTo(422);
            assertThat(p.errors()).extracting(ApiProblem.FieldError::field).containsExactly("lines[0].quantity", "uom");
            assertThat(p.getMessage()).contains("lines[0].quantity must be positive", "uom is not a unit");
        });
    }

    @Test
    void anIdInTheBodyOfNoRecordOfTheTenantIsA404NamingTheField() {
        UUID id = UUID.randomUUID();
        ApiProblem problem = FieldErrors.notFound("productId", "Product", id);
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.getMessage()).contains(id.toString());
        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("productId");
            assertThat(e.message()).isEqualTo("names no product of this tenant");
        });
    }
}
