package io.tessera.plugins.mrp.production;

import io.tessera.plugins.accounting.api.JournalPosting;
import io.tessera.plugins.accounting.api.PostingRole;
import io.tessera.plugins.accounting.api.Postings;
import io.tessera.sdk.ModuleServices;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link WorkInProgress} through accounting's published {@link Postings}, found with the SDK's typed lookup (empty
 * where the tenant has not enabled accounting). Registered by {@link ProductionComponents} only where accounting's API
 * is on the server; the only class of this plugin that names it.
 */
class AccountingWorkInProgress implements WorkInProgress {

    private final ModuleServices modules;

    AccountingWorkInProgress(ModuleServices modules) {
        this.modules = modules;
    }

    @Override
    public void close(UUID orderId, LocalDate date, BigDecimal material, BigDecimal operation, BigDecimal quantity,
                      BigDecimal unitCost, boolean valued) {
        Optional<Postings> found = modules.find(Postings.class);
        if (found.isEmpty()) {
            return;
        }
        Postings postings = found.get();
        int digits = Currency.getInstance(postings.baseCurrency()).getDefaultFractionDigits();
        BigDecimal absorbed = operation.setScale(digits, RoundingMode.HALF_UP);
        // inventory credited work in progress with quantity × unit cost, rounded like every valuation (none when unvalued)
        BigDecimal credited = valued ? quantity.multiply(unitCost).setScale(digits, RoundingMode.HALF_UP) : BigDecimal.ZERO;
        BigDecimal left = material.setScale(digits, RoundingMode.HALF_UP).add(absorbed).subtract(credited);
        Map<PostingRole, BigDecimal> net = new EnumMap<>(PostingRole.class);
        net.merge(PostingRole.WORK_IN_PROGRESS, absorbed.subtract(left), BigDecimal::add);
        net.merge(PostingRole.PRODUCTION_ABSORBED, absorbed.negate(), BigDecimal::add);
        net.merge(PostingRole.PRODUCTION_VARIANCE, left, BigDecimal::add);
        List<JournalPosting.Line> lines = new ArrayList<>();
        net.forEach((role, amount) -> {
            if (amount.signum() > 0) {
                lines.add(JournalPosting.Line.debit(null, role, amount));
            } else if (amount.signum() < 0) {
                lines.add(JournalPosting.Line.credit(null, role, amount.negate()));
            }
        });
        if (!lines.isEmpty()) {
            postings.post(new JournalPosting(date, "Manufacturing order: work in progress", "mrp", orderId, lines));
        }
    }
}
