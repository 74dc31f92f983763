package io.tessera.plugins.accounting.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Automatic postings of other modules into the tenant's general ledger (D13/D14): a module that records business
 * events with a value — stock receipts and deliveries, for instance — posts one balanced entry per event here, in its
 * own transaction, so the document and its entry commit or roll back together. Look it up with the SDK's
 * {@code ModuleServices}: it is absent where the tenant has not enabled accounting.
 *
 * <p>The calling module's own operation is what the user needed permission for; posting through this interface
 * does not ask for {@code accounting.write} as well. Every call acts in the current tenant and joins the caller's
 * transaction (call it inside one).
 */
public interface Postings {

    /**
     * Posts one balanced entry: checks the lock date, closed periods, the accounts (by code or role) and that debits
     * equal credits, then writes it (append-only, audited like any posting).
     *
     * @param posting the entry
     * @return the posted entry's id
     * @throws PostingRefusedException when a rule refuses it; nothing is written
     */
    UUID post(JournalPosting posting);

    /**
     * The tenant's lock date: nothing can be posted on or before it.
     *
     * @return the lock date, or empty when none is set
     */
    Optional<LocalDate> lockDate();

    /**
     * The tenant's base currency, the currency every posted amount is in.
     *
     * @return the ISO 4217 code
     */
    String baseCurrency();

    /**
     * The chart's account for a role. A chart seeded before its template assigned the role is completed from the
     * template first.
     *
     * @param role the role
     * @return the account
     * @throws PostingRefusedException ({@link PostingRefusedException.Reason#NO_ACCOUNT}) when the chart has no
     *                                 active account for it
     */
    LedgerAccount account(PostingRole role);

    /**
     * Posted balances (base-currency debits minus credits) of accounts up to and including a date, in one query.
     *
     * @param accountCodes the account codes
     * @param asOf         the last entry date included
     * @return the balance per code asked for (zero for an account without lines; unknown codes are absent)
     */
    Map<String, BigDecimal> balances(Collection<String> accountCodes, LocalDate asOf);

    /**
     * The types of accounts of the chart, by code, in one query (active accounts only).
     *
     * @param accountCodes the account codes
     * @return the type per code asked for that names an active account of the chart; unknown or inactive codes are absent
     */
    Map<String, LedgerAccountType> accountTypes(Collection<String> accountCodes);

    /**
     * The chart's active accounts, ordered by code: for other modules' pickers, such as the stock accounts of a
     * product category. Reads only.
     *
     * @return the active accounts, empty when the chart has none
     */
    java.util.List<LedgerAccount> accounts();
}
