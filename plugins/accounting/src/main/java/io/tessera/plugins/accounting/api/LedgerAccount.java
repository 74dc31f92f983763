package io.tessera.plugins.accounting.api;

/**
 * An account of the tenant's chart, as another module sees it.
 *
 * @param code   its code, unique in the chart (what {@link JournalPosting.Line#account()} names)
 * @param name   its name
 * @param active whether new postings may use it
 */
public record LedgerAccount(String code, String name, boolean active) {
}
