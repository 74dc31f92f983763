package io.tessera.kernel.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value the request body may not carry (a control character, a date that is no ISO string or out of range, an
 * absurd number): answered 422 naming the field by {@link ProblemDetailsAdvice}, the message as the field's error.
 */
final class RejectedInput extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    RejectedInput(JsonParser parser, String reason, Class<?> target) {
        super(parser, reason, target);
        this.reason = reason;
    }

    /** What is wrong with the value, e.g. {@code must be an ISO-8601 date string}. */
    String reason() {
        return reason;
    }
}
