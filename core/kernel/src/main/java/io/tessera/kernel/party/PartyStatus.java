package io.tessera.kernel.party;

import io.tessera.sdk.web.ApiProblem;
import java.util.Locale;

/** Which parties a list shows: the active ones (the default), the archived ones, or all. */
public enum PartyStatus {
    /** Parties that are not archived. */
    ACTIVE,
    /** Archived parties only. */
    ARCHIVED,
    /** Every party. */
    ALL;

    /**
     * The status named by the API's {@code status} parameter.
     *
     * @param value {@code active}, {@code archived}, {@code all}, or null/blank for active
     * @return the status
     * @throws ApiProblem 422 naming the parameter for any other value
     */
    static PartyStatus fromApi(String value) {
        if (value == null || value.isBlank()) {
            return ACTIVE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> ACTIVE;
            case "archived" -> ARCHIVED;
            case "all" -> ALL;
            default -> throw ApiProblem.invalid("status", "must be active, archived or all");
        };
    }
}
