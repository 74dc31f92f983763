package io.tessera.plugins.accounting.api;

import io.tessera.sdk.web.ApiProblem;
import java.io.Serial;
import java.util.List;

/**
 * The ledger refused a {@link JournalPosting}; nothing was written. It is an {@link ApiProblem} (422 naming the
 * field), so a module that lets it pass answers its own caller with the reason; {@link #reason()} tells a module that
 * wants to react which rule refused it.
 */
public class PostingRefusedException extends ApiProblem {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Which rule refused the posting. */
    public enum Reason {
        /** The date is on or before the tenant's lock date (field {@code date}). */
        LOCK_DATE,
        /** The date falls in a closed period (field {@code date}). */
        CLOSED_PERIOD,
        /** Debits and credits differ, or fewer than two lines (field {@code lines}). */
        UNBALANCED,
        /** An amount is negative, has more decimals than the base currency, or both sides are set. */
        INVALID_AMOUNT,
        /** A code names no active account, or the chart has no active account for a role. */
        NO_ACCOUNT,
        /** Another field is missing or too long. */
        INVALID
    }

    private final Reason reason;

    /**
     * A refusal about one field.
     *
     * @param reason  the rule
     * @param field   the field of the posting, e.g. {@code date}, {@code lines[1].account}
     * @param message what is wrong
     */
    public PostingRefusedException(Reason reason, String field, String message) {
        super(422, field + " " + message, List.of(new FieldError(field, message)));
        this.reason = reason;
    }

    /**
     * The rule that refused the posting.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
