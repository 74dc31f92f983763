package io.tessera.plugins.accounting.ledger;

import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Fiscal years (split into monthly periods that can be closed and reopened) and exchange rates. Changes
 * take the settings row lock, so they wait for postings in flight and postings see them at once.
 */
@RestController
@RequestMapping("/api/v1/accounting")
class FiscalController {

    private final TenantJdbc db;
    private final SettingsStore settings;
    private final YearEnd yearEnd;

    FiscalController(TenantJdbc db, SettingsStore settings, YearEnd yearEnd) {
        this.db = db;
        this.yearEnd = yearEnd;
        this.settings = settings;
    }

    record YearBody(String name, LocalDate startDate, LocalDate endDate) {
    }

    record RateBody(String currency, LocalDate date, BigDecimal rate) {
    }

    @PostMapping("/fiscal-years")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission("accounting.manage")
    Map<String, Object> createYear(@RequestBody YearBody body) {
        if (body.startDate() == null) {
            throw ApiProblem.invalid("startDate", "is required");
        }
        if (body.endDate() == null || body.endDate().isBefore(body.startDate())) {
            throw ApiProblem.invalid("endDate", "is required and must not be before startDate");
        }
        if (body.endDate().isAfter(body.startDate().plusMonths(24))) {
            throw ApiProblem.invalid("endDate", "must be within 24 months of startDate");
        }
        String name = body.name() == null || body.name().isBlank() ? "FY " + body.startDate().getYear() : body.name().strip();
        if (name.length() > 40) {
            throw ApiProblem.invalid("name", "must be at most 40 characters");
        }
        UUID id = db.tx().write(() -> {
            settings.lockForUpdateOfPeriods();
            long overlapping = db.sql().sql("select count(*) from acc_fiscal_years where tenant_id = ? and start_date <= ? "
                    + "and end_date >= ?").params(db.tenant(), body.endDate(), body.startDate()).query(Long.class).single();
            if (overlapping > 0) {
                throw ApiProblem.conflict("The fiscal year overlaps an existing one");
            }
            UUID year = Ids.newId();
            db.sql().sql("insert into acc_fiscal_years (tenant_id, id, name, start_date, end_date) values (?, ?, ?, ?, ?)")
                    .params(db.tenant(), year, name, body.startDate(), body.endDate()).update();
            List<Object[]> periods = new ArrayList<>();
            LocalDate start = body.startDate();
            for (int n = 1; !start.isAfter(body.endDate()); n++) {
                LocalDate end = start.plusMonths(1).minusDays(1);
                if (end.isAfter(body.endDate())) {
                    end = body.endDate();
                }
                periods.add(new Object[] {db.tenant(), Ids.newId(), year, n, start, end});
                start = end.plusDays(1);
            }
            db.jdbc().batchUpdate("insert into acc_periods (tenant_id, id, fiscal_year_id, number, start_date, end_date, closed) "
                    + "values (?, ?, ?, ?, ?, ?, false)", periods);
            return year;
        });
        return db.tx().write(() -> years().stream().filter(y -> y.get("id").equals(id)).findFirst().orElseThrow());
    }

    @GetMapping("/fiscal-years")
    @RequiresPermission("accounting.read")
    List<Map<String, Object>> listYears() {
        return db.tx().write(this::years);
    }

    /** Year-end closing: income and expenses into retained earnings, refused while drafts are dated in the year. */
    @PostMapping("/fiscal-years/{id}/close")
    @RequiresPermission("accounting.manage")
    Map<String, Object> closeYear(@PathVariable UUID id) {
        return db.tx().write(() -> yearEnd.close(id));
    }

    @PostMapping("/periods/{id}/close")
    @RequiresPermission("accounting.manage")
    Map<String, Object> close(@PathVariable UUID id) {
        return setClosed(id, true);
    }

    @PostMapping("/periods/{id}/reopen")
    @RequiresPermission("accounting.manage")
    Map<String, Object> reopen(@PathVariable UUID id) {
        return setClosed(id, false);
    }

    @PutMapping("/exchange-rates")
    @RequiresPermission("accounting.manage")
    Map<String, Object> putRate(@RequestBody RateBody body) {
        String currency = Money.currency(body.currency(), "currency");
        if (body.date() == null) {
            throw ApiProblem.invalid("date", "is required");
        }
        if (body.rate() == null || body.rate().signum() <= 0) {
            throw ApiProblem.invalid("rate", "is required and must be greater than zero");
        }
        if (body.rate().stripTrailingZeros().scale() > 10 || body.rate().precision() - body.rate().scale() > 14) {
            throw ApiProblem.invalid("rate", "must have at most 14 integer digits and 10 decimals");
        }
        return db.tx().write(() -> {
            if (settings.current().baseCurrency().equals(currency)) {
                throw ApiProblem.invalid("currency", "is the base currency, whose rate is always 1");
            }
            int updated = db.sql().sql("update acc_rates set rate = ? where tenant_id = ? and currency = ? and rate_date = ?")
                    .params(body.rate(), db.tenant(), currency, body.date()).update();
            if (updated == 0) {
                db.sql().sql("insert into acc_rates (tenant_id, id, currency, rate_date, rate) values (?, ?, ?, ?, ?)")
                        .params(db.tenant(), Ids.newId(), currency, body.date(), body.rate()).update();
            }
            return Map.of("currency", currency, "date", body.date(), "rate", body.rate().stripTrailingZeros());
        });
    }

    @GetMapping("/exchange-rates")
    @RequiresPermission("accounting.read")
    List<Map<String, Object>> rates(@RequestParam String currency, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "100") int size) {
        String code = Money.currency(currency, "currency");
        if (page < 0 || size < 1 || size > 1000) {
            throw ApiProblem.invalid(page < 0 ? "page" : "size", "is out of range");
        }
        return db.tx().write(() -> db.sql().sql("select rate_date, rate from acc_rates where tenant_id = ? and currency = ? "
                        + "order by rate_date desc limit ? offset ?").params(db.tenant(), code, size, (long) page * size)
                .query((rs, n) -> Map.<String, Object>of("currency", code, "date", rs.getObject(1, LocalDate.class),
                        "rate", rs.getBigDecimal(2).stripTrailingZeros())).list());
    }

    private Map<String, Object> setClosed(UUID id, boolean closed) {
        return db.tx().write(() -> {
            settings.lockForUpdateOfPeriods();
            int updated = db.sql().sql("update acc_periods set closed = ?, version = version + 1 where tenant_id = ? and id = ?")
                    .params(closed, db.tenant(), id).update();
            if (updated == 0) {
                throw ApiProblem.notFound("Period", id);
            }
            return Map.of("id", id, "closed", closed);
        });
    }

    private List<Map<String, Object>> years() {
        Map<UUID, Map<String, Object>> years = new LinkedHashMap<>();
        db.sql().sql("select id, name, start_date, end_date, closed_at, closing_entry_id from acc_fiscal_years "
                        + "where tenant_id = ? order by start_date")
                .param(db.tenant()).query((rs, n) -> {
                    Map<String, Object> year = new LinkedHashMap<>();
                    year.put("id", rs.getObject(1, UUID.class));
                    year.put("name", rs.getString(2));
                    year.put("startDate", rs.getObject(3, LocalDate.class));
                    year.put("endDate", rs.getObject(4, LocalDate.class));
                    year.put("closed", rs.getObject(5) != null);
                    year.put("closingEntryId", rs.getObject(6, UUID.class));
                    year.put("periods", new ArrayList<Map<String, Object>>());
                    return year;
                }).list().forEach(y -> years.put((UUID) y.get("id"), y));
        db.sql().sql("select fiscal_year_id, id, number, start_date, end_date, closed from acc_periods where tenant_id = ? "
                        + "order by start_date").param(db.tenant())
                .query((rs, n) -> {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> periods = (List<Map<String, Object>>) years.get(rs.getObject(1, UUID.class)).get("periods");
                    periods.add(Map.of("id", rs.getObject(2, UUID.class), "number", rs.getInt(3),
                            "startDate", rs.getObject(4, LocalDate.class), "endDate", rs.getObject(5, LocalDate.class),
                            "closed", rs.getBoolean(6)));
                    return n;
                }).list();
        return List.copyOf(years.values());
    }
}
