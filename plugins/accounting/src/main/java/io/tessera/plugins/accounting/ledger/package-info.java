/**
 * The general ledger: posting balanced journal entries (per currency and in the base currency), drafts,
 * reversals, idempotent posting requests, exchange rates, fiscal years and periods, and the lock date
 * check. Posted entries are append-only, which the database enforces for the application role.
 */
package io.tessera.plugins.accounting.ledger;
