package io.tessera.plugins.catalog.uom;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A tenant's own unit (POST {@code /api/v1/catalog/uoms}).
 *
 * @param code        its code, unique in the tenant, e.g. {@code box6}
 * @param name        its display name
 * @param category    an existing category ({@code units}, {@code weight}…) or a new one (then this unit is its
 *                    reference and its ratio must be 1/1)
 * @param numerator   reference units per this unit, numerator
 * @param denominator reference units per this unit, denominator
 * @param scale       decimal places quantities in it are rounded to
 */
record UnitRequest(
        @NotBlank @Size(max = 16) @Pattern(regexp = "[a-z][a-z0-9_]{0,15}", message = "must be lower-case letters, digits or _, starting with a letter") String code,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[a-z][a-z0-9_]{0,31}", message = "must be lower-case letters, digits or _, starting with a letter") String category,
        @NotNull @Positive Long numerator,
        @NotNull @Positive Long denominator,
        @NotNull @Min(0) @Max(6) Integer scale) {
}
