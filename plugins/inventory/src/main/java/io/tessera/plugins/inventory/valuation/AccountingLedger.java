package io.tessera.plugins.inventory.valuation;

import io.tessera.plugins.accounting.api.JournalPosting;
import io.tessera.plugins.accounting.api.PostingRefusedException;
import io.tessera.plugins.accounting.api.PostingRole;
import io.tessera.plugins.accounting.api.Postings;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The general ledger through accounting's published {@link Postings}, found with the SDK's typed lookup (empty where
 * the tenant has not enabled accounting). Registered by {@link ValuationComponents} only where accounting's API is on
 * the server; the only class of this plugin that names it.
 */
class AccountingLedger implements GeneralLedger {

    private final ModuleServices modules;

    AccountingLedger(ModuleServices modules) {
        this.modules = modules;
    }

    @Override
    public Optional<LedgerBooks> books() {
        return modules.find(Postings.class).map(Books::new);
    }

    /** One tenant's books, for one valuation: resolved role accounts are kept for its duration. */
    private static final class Books implements LedgerBooks {

        private final Postings postings;
        private final Map<StockAccount, String> roleCodes = new EnumMap<>(StockAccount.class);

        Books(Postings postings) {
            this.postings = postings;
        }

        @Override
        public Optional<LocalDate> lockDate() {
            return postings.lockDate();
        }

        @Override
        public int digits() {
            return Currency.getInstance(postings.baseCurrency()).getDefaultFractionDigits();
        }

        @Override
        public String code(String explicit, StockAccount role) {
            if (explicit != null) {
                return explicit;
            }
            return roleCodes.computeIfAbsent(role, r -> postings.account(PostingRole.valueOf(r.name())).code());
        }

        @Override
        public UUID post(LocalDate date, String description, UUID sourceId, List<LedgerLine> lines) {
            List<JournalPosting.Line> posted = lines.stream()
                    .map(l -> new JournalPosting.Line(l.accountCode(), null, l.debit(), l.credit())).toList();
            try {
                return postings.post(new JournalPosting(date, description, "inventory", sourceId, posted));
            } catch (PostingRefusedException e) {
                // the posting's fields mean nothing to the stock document's caller: say what was refused, keep the reason
                throw new ApiProblem(e.status(), "The journal entry of this stock validation was refused ("
                        + e.reason().name().toLowerCase().replace('_', ' ') + "): " + e.getMessage()
                        + "; check the product category's stock accounts and the chart of accounts", List.of());
            }
        }

        @Override
        public Map<String, BigDecimal> balances(Collection<String> codes, LocalDate asOf) {
            return postings.balances(codes, asOf);
        }
    }
}
