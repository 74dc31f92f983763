package io.tessera.plugins.accounting.banking;

import java.util.UUID;

/**
 * A bank account of the tenant.
 *
 * @param id          id
 * @param name        name, unique per tenant
 * @param currency    the account's currency (its statements' currency)
 * @param accountId   the ledger account it books to
 * @param account     that ledger account's code
 * @param accountName that ledger account's name
 */
public record BankAccount(UUID id, String name, String currency, UUID accountId, String account, String accountName) {
}
