package io.tessera.sdk.money;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field that must be an ISO 4217 money currency ({@link Currencies#isMoney(String)}); {@code null} is
 * valid (add {@code @NotNull} where the field is required). With {@code @Valid} on the handler's body the kernel
 * answers 422 naming the field.
 */
@Documented
@Constraint(validatedBy = CurrencyCode.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrencyCode {

    /**
     * The message.
     *
     * @return the message of a refused code
     */
    String message() default Currencies.MESSAGE;

    /**
     * Validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** Checks the code with {@link Currencies#isMoney(String)}. */
    final class Validator implements ConstraintValidator<CurrencyCode, String> {

        /** Created by Bean Validation. */
        public Validator() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Currencies.isMoney(value);
        }
    }
}
