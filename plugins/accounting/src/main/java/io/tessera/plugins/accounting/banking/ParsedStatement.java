package io.tessera.plugins.accounting.banking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement as read from a file, before it is checked against the bank account and stored.
 *
 * @param reference the statement's id in the file, or {@code null} when the format has none (the file's hash is used)
 * @param currency  the account currency the file states, or {@code null}
 * @param from      first day it covers, or {@code null} (the first booking date)
 * @param to        last day it covers, or {@code null} (the last booking date)
 * @param opening   opening balance, or {@code null}
 * @param closing   closing balance, or {@code null}
 * @param lines     its transactions, in file order
 */
record ParsedStatement(String reference, String currency, LocalDate from, LocalDate to, BigDecimal opening, BigDecimal closing,
                       List<Line> lines) {

    /**
     * A transaction.
     *
     * @param date          booking date
     * @param amount        signed amount: positive received, negative paid out
     * @param currency      its currency, or {@code null} (the statement's)
     * @param reference     remittance information / memo, or {@code null}
     * @param counterparty  the other party's name, or {@code null}
     * @param transactionId the bank's id for it, or {@code null} (derived from its content)
     */
    record Line(LocalDate date, BigDecimal amount, String currency, String reference, String counterparty, String transactionId) {
    }
}
