package io.tessera.plugins.pipeline;

import io.tessera.plugins.pipeline.PipelineViews.Forecast;
import io.tessera.plugins.pipeline.PipelineViews.ForecastMonth;
import io.tessera.plugins.pipeline.PipelineViews.ForecastOwner;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The weighted forecast: for open and won opportunities expected to close in a month range, the total
 * amount and the amount weighted by win probability (the stage's for open deals, 100 % for won ones; lost
 * deals count for nothing), by month and by owner, in one currency.
 */
class ForecastService {

    static final int MAX_MONTHS = 36;

    private final EntityManager em;
    private final Transactions tx;

    ForecastService(EntityManager em, Transactions tx) {
        this.em = em;
        this.tx = tx;
    }

    Forecast forecast(YearMonth from, YearMonth to, String currency) {
        if (to.isBefore(from)) {
            throw ApiProblem.badRequest("to", "must not be before from");
        }
        if (from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
            throw ApiProblem.badRequest("to", "must be at most " + MAX_MONTHS + " months after from");
        }
        LocalDate start = from.atDay(1);
        LocalDate end = to.plusMonths(1).atDay(1);
        return tx.read(() -> {
            String chosen = currency != null ? currency : onlyCurrency(start, end).orElse(null);
            Map<YearMonth, Sums> months = new LinkedHashMap<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                months.put(m, new Sums());
            }
            Map<UUID, Sums> owners = new HashMap<>();
            if (chosen != null) {
                List<Object[]> rows = em.createQuery("""
                                select o.expectedCloseDate, o.ownerId, o.status, s.probability, sum(o.amount), count(o)
                                from Opportunity o join Stage s on s.id = o.stageId
                                where o.status <> :lost and o.currency = :currency
                                  and o.expectedCloseDate >= :start and o.expectedCloseDate < :end
                                group by o.expectedCloseDate, o.ownerId, o.status, s.probability""", Object[].class)
                        .setParameter("lost", OpportunityStatus.LOST)
                        .setParameter("currency", chosen)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .getResultList();
                for (Object[] row : rows) {
                    OpportunityStatus status = (OpportunityStatus) row[2];
                    BigDecimal probability = status.fixedProbability() != null ? status.fixedProbability() : (BigDecimal) row[3];
                    BigDecimal amount = (BigDecimal) row[4];
                    long count = ((Number) row[5]).longValue();
                    BigDecimal weighted = amount.multiply(probability).movePointLeft(2);
                    months.get(YearMonth.from((LocalDate) row[0])).add(amount, weighted, count);
                    owners.computeIfAbsent((UUID) row[1], k -> new Sums()).add(amount, weighted, count);
                }
            }
            List<ForecastMonth> monthViews = new ArrayList<>();
            months.forEach((m, sums) -> monthViews.add(new ForecastMonth(m.toString(), money(sums.weighted),
                    money(sums.total), sums.count)));
            List<ForecastOwner> ownerViews = new ArrayList<>();
            owners.forEach((owner, sums) -> ownerViews.add(new ForecastOwner(owner, money(sums.weighted),
                    money(sums.total), sums.count)));
            ownerViews.sort(Comparator.comparing(ForecastOwner::weighted).reversed()
                    .thenComparing(o -> String.valueOf(o.ownerId())));
            return new Forecast(from.toString(), to.toString(), chosen, monthViews, ownerViews);
        });
    }

    /** The currency of the range's deals when there is exactly one; several → the caller must choose. */
    private Optional<String> onlyCurrency(LocalDate start, LocalDate end) {
        List<String> currencies = currencies(start, end, 10);
        if (currencies.size() > 1) {
            throw ApiProblem.badRequest("currency", "is required: the deals in this range use several currencies "
                    + currencies);
        }
        return currencies.stream().findFirst();
    }

    /**
     * The currencies of the open and won deals expected to close in a month range, alphabetically: what a
     * forecast per currency covers.
     *
     * @param from  the first month
     * @param to    the last month
     * @param limit at most this many
     * @return the ISO codes
     */
    List<String> currencies(YearMonth from, YearMonth to, int limit) {
        return tx.read(() -> currencies(from.atDay(1), to.plusMonths(1).atDay(1), limit));
    }

    private List<String> currencies(LocalDate start, LocalDate end, int limit) {
        return em.createQuery("""
                        select distinct o.currency from Opportunity o
                        where o.status <> :lost and o.expectedCloseDate >= :start and o.expectedCloseDate < :end
                        order by o.currency""", String.class)
                .setParameter("lost", OpportunityStatus.LOST)
                .setParameter("start", start)
                .setParameter("end", end)
                .setMaxResults(limit)
                .getResultList();
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Running sums of one month or owner. */
    private static final class Sums {
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal weighted = BigDecimal.ZERO;
        private long count;

        void add(BigDecimal amount, BigDecimal weightedAmount, long n) {
            total = total.add(amount);
            weighted = weighted.add(weightedAmount);
            count += n;
        }
    }
}
