package io.tessera.sdk.party;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column of one of a module's tables that holds the id of a kernel party, declared through
 * {@link io.tessera.sdk.TesseraModule#partyReferences()}. Before a party is deleted the kernel counts the current
 * tenant's rows whose column holds its id, and refuses the deletion (409, listing module, label and count) while any
 * exist: a party that records refer to is archived instead, so that those records keep its name.
 *
 * <p>The table must be one of the module's tenant tables (it has a {@code tenant_id} column) and should have an
 * index leading with {@code (tenant_id, column)}, since the count runs on every deletion.
 *
 * @param table  the table, in lower case as the module's changelog names it, e.g. {@code "opportunities"}
 * @param column the column holding party ids, in lower case, e.g. {@code "party_id"}
 * @param label  what the rows are, in the plural, for people reading the refusal, e.g. {@code "deals"}
 */
public record PartyReference(String table, String column, String label) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /**
     * Checks that table and column are plain lower-case SQL identifiers and that the label is not blank.
     *
     * @throws IllegalArgumentException when one is not
     */
    public PartyReference {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(label, "label");
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("table must be a lower-case SQL identifier: " + table);
        }
        if (!IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("column must be a lower-case SQL identifier: " + column);
        }
        if (label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
    }
}
