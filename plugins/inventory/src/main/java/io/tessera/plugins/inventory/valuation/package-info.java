/**
 * Valuation of done stock moves: valuation layers (FIFO, moving average, standard), the journal entry each stock
 * validation posts through accounting's published API when the tenant has accounting enabled, and the
 * reconciliation of layers against the ledger. Entry point: {@code Valuation.value(...)}, called by the stock
 * package in the validation's own transaction with the moves just done.
 */
package io.tessera.plugins.inventory.valuation;
