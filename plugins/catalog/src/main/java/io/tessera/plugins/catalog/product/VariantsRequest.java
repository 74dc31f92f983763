package io.tessera.plugins.catalog.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The attributes and values a template's variants are generated from (every combination). A later request may
 * add values to the same attributes; the missing combinations are generated then.
 *
 * @param attributes the attributes, in display order
 */
record VariantsRequest(@NotEmpty @Size(max = 5) List<@Valid @NotNull Attribute> attributes) {

    /**
     * An attribute.
     *
     * @param name   e.g. {@code Size}
     * @param values its values, in display order
     */
    record Attribute(@NotBlank @Size(max = 60) String name, @NotEmpty @Size(max = 50) List<@Valid @NotNull Value> values) {
    }

    /**
     * A value.
     *
     * @param value      e.g. {@code M}
     * @param priceExtra added to the template's list price (default 0; may be negative down to the price)
     */
    record Value(@NotBlank @Size(max = 60) String value,
                 @DecimalMin("-999999999") @Digits(integer = 15, fraction = 4) BigDecimal priceExtra) {
    }
}
