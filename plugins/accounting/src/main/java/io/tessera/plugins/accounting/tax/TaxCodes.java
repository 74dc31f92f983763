package io.tessera.plugins.accounting.tax;

import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Parties;
import io.tessera.plugins.accounting.common.Referenced;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;

/**
 * The tenant's tax codes and their defaults per party and per product category. Call inside a transaction. Once a
 * tenant has a tax code, invoice lines must name one (or get one from a default); free rates are for tenants without.
 */
public class TaxCodes {

    private static final String SELECT = "select c.id, c.code, c.name, c.type, c.rate, c.price_included, c.account_id, a.code as account, "
            + "c.valid_from, c.valid_to from acc_tax_codes c join acc_accounts a on a.tenant_id = c.tenant_id and a.id = c.account_id "
            + "where c.tenant_id = :t";
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");

    private final TenantJdbc db;
    private final Accounts accounts;
    private final SettingsStore settings;
    private final Parties parties;

    TaxCodes(TenantJdbc db, Accounts accounts, SettingsStore settings, Parties parties) {
        this.db = db;
        this.accounts = accounts;
        this.settings = settings;
        this.parties = parties;
    }

    /**
     * Whether the tenant has any tax code (then free rates are refused).
     *
     * @return whether codes exist
     */
    public boolean any() {
        return db.sql().sql("select count(*) from (select 1 from acc_tax_codes where tenant_id = ? limit 1) x")
                .params(db.tenant()).query(Long.class).single() > 0;
    }

    /**
     * Every code, sales first, by code.
     *
     * @param type {@code SALES}, {@code PURCHASE} or {@code null} for both
     * @return the codes
     */
    public List<TaxCode> list(String type) {
        return db.sql().sql(SELECT + (type == null ? "" : " and c.type = :type") + " order by c.type desc, c.code")
                .param("t", db.tenant()).params(type == null ? Map.of() : Map.of("type", type)).query(TaxCodes::map).list();
    }

    /**
     * Codes of one type by code, in one query.
     *
     * @param type  {@code SALES} or {@code PURCHASE}
     * @param codes the codes
     * @return the codes found, by code
     */
    public Map<String, TaxCode> byCodes(String type, Collection<String> codes) {
        Map<String, TaxCode> found = new HashMap<>();
        if (!codes.isEmpty()) {
            db.sql().sql(SELECT + " and c.type = :type and c.code in (:codes)").param("t", db.tenant()).param("type", type)
                    .param("codes", List.copyOf(codes)).query(TaxCodes::map).list().forEach(c -> found.put(c.code(), c));
        }
        return found;
    }

    /**
     * Codes by id, in one query.
     *
     * @param ids code ids
     * @return the codes found, by id
     */
    public Map<UUID, TaxCode> byIds(Collection<UUID> ids) {
        Map<UUID, TaxCode> found = new HashMap<>();
        if (!ids.isEmpty()) {
            db.sql().sql(SELECT + " and c.id in (:ids)").param("t", db.tenant()).param("ids", List.copyOf(ids))
                    .query(TaxCodes::map).list().forEach(c -> found.put(c.id(), c));
        }
        return found;
    }

    /**
     * The defaults that apply to a document's lines without a code: the party's, then each line's product category's.
     *
     * @param type        {@code SALES} or {@code PURCHASE}
     * @param partyId     the document's party
     * @param categoryIds the lines' product categories (may be empty)
     * @return the defaults
     */
    public Defaults defaults(String type, UUID partyId, Collection<UUID> categoryIds) {
        String column = "SALES".equals(type) ? "sales_code_id" : "purchase_code_id";
        List<UUID> partyCode = db.sql().sql("select " + column + " from acc_party_tax_defaults where tenant_id = ? and party_id = ? and "
                + column + " is not null").params(db.tenant(), partyId).query(UUID.class).list();
        Map<UUID, UUID> categoryCodes = new HashMap<>();
        if (!categoryIds.isEmpty()) {
            db.sql().sql("select category_id, " + column + " from acc_category_tax_defaults where tenant_id = :t "
                            + "and category_id in (:ids) and " + column + " is not null")
                    .param("t", db.tenant()).param("ids", List.copyOf(new LinkedHashSet<>(categoryIds)))
                    .query((rs, n) -> categoryCodes.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        }
        Set<UUID> ids = new LinkedHashSet<>(categoryCodes.values());
        ids.addAll(partyCode);
        Map<UUID, TaxCode> codes = byIds(ids);
        Map<UUID, TaxCode> byCategory = new HashMap<>();
        categoryCodes.forEach((category, code) -> byCategory.put(category, codes.get(code)));
        return new Defaults(partyCode.isEmpty() ? null : codes.get(partyCode.getFirst()), byCategory);
    }

    /**
     * Default codes for a document's lines.
     *
     * @param party      the party's default, or {@code null}
     * @param byCategory per product category id
     */
    public record Defaults(TaxCode party, Map<UUID, TaxCode> byCategory) {

        /**
         * The default for a line: the party's (e.g. reverse charge, exempt) wins over the product category's.
         *
         * @param categoryId the line's product category, or {@code null}
         * @return the code, or {@code null} when none applies
         */
        public TaxCode forLine(UUID categoryId) {
            if (party != null) {
                return party;
            }
            return categoryId == null ? null : byCategory.get(categoryId);
        }

        /**
         * Default codes as stored for a party or a product category.
         *
         * @param id       the party or category id
         * @param sales    the sales code, or {@code null}
         * @param purchase the purchase code, or {@code null}
         */
        public record Stored(UUID id, String sales, String purchase) {
        }
    }

    /**
     * Adds a code; every bad field is named in one 422.
     *
     * @param body the code
     * @return the code created
     */
    @RequiresPermission("accounting.manage")
    TaxCode create(TaxCodeBody body) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        String code = body.code() == null ? "" : body.code().strip();
        if (!CODE.matcher(code).matches()) {
            errors.add(new ApiProblem.FieldError("code", "is required: 1 to 20 letters, digits, '.', '_' or '-'"));
        }
        String name = body.name() == null ? "" : body.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new ApiProblem.FieldError("name", "is required (at most 200 characters)"));
        }
        String type = body.type() == null ? "" : body.type().strip().toUpperCase(Locale.ROOT);
        if (!type.equals("SALES") && !type.equals("PURCHASE")) {
            errors.add(new ApiProblem.FieldError("type", "must be sales or purchase"));
        }
        BigDecimal rate = body.rate();
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0 || rate.stripTrailingZeros().scale() > 4)) {
            errors.add(new ApiProblem.FieldError("rate", "must be a percentage between 0 and 100 with at most 4 decimals"));
        }
        Account account = null;
        if (body.account() == null || body.account().isBlank()) {
            errors.add(new ApiProblem.FieldError("account", "is required"));
        } else {
            account = accounts.byCodes(List.of(body.account())).get(body.account());
            if (account == null || !account.active() || account.type() == AccountType.EQUITY) {
                errors.add(new ApiProblem.FieldError("account", "is not an active asset, liability, income or expense account: "
                        + body.account()));
            }
        }
        if (body.validFrom() != null && body.validTo() != null && body.validTo().isBefore(body.validFrom())) {
            errors.add(new ApiProblem.FieldError("validTo", "must not be before validFrom"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The tax code is invalid", errors);
        }
        UUID id = Ids.newId();
        try {
            insert(id, code, name, type, rate, Boolean.TRUE.equals(body.priceIncluded()), account.id(), body.validFrom(), body.validTo());
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("A " + type.toLowerCase(Locale.ROOT) + " tax code " + code + " already exists");
        }
        return byIds(List.of(id)).get(id);
    }

    /**
     * Adds the chart template's codes that the tenant does not have yet (by type and code). Idempotent.
     *
     * @return the number of codes added
     */
    @RequiresPermission("accounting.manage")
    int seed() {
        String template = settings.current().chartTemplate();
        List<TaxTemplates.Entry> entries = TaxTemplates.BY_CHART.getOrDefault(template, List.of());
        Map<String, Account> byCode = accounts.byCodes(entries.stream().map(TaxTemplates.Entry::account).toList());
        Set<String> existing = new java.util.HashSet<>();
        list(null).forEach(c -> existing.add(c.type() + "|" + c.code()));
        int added = 0;
        for (TaxTemplates.Entry e : entries) {
            Account account = byCode.get(e.account());
            if (account == null || !existing.add(e.type() + "|" + e.code())) {
                continue;
            }
            insert(Ids.newId(), e.code(), e.name(), e.type(), e.rate(), false, account.id(), null, null);
            added++;
        }
        return added;
    }

    /**
     * Sets a party's default codes (e.g. reverse charge for an EU business customer, exempt for a charity); a
     * {@code null} code removes that default.
     *
     * @param partyId  the party
     * @param sales    sales code, or {@code null}
     * @param purchase purchase code, or {@code null}
     * @return the defaults stored
     */
    @RequiresPermission("accounting.manage")
    Defaults.Stored setPartyDefaults(UUID partyId, String sales, String purchase) {
        if (!parties.unknown(Set.of(partyId)).isEmpty()) {
            throw Referenced.notFound("partyId", "Party", partyId);
        }
        return setDefaults("acc_party_tax_defaults", "party_id", partyId, sales, purchase);
    }

    /**
     * Sets a product category's default codes. The category id is the catalog's; accounting keeps the mapping without
     * depending on the catalog module, and the line names its category ({@code categoryId}).
     *
     * @param categoryId the catalog's category id
     * @param sales      sales code, or {@code null}
     * @param purchase   purchase code, or {@code null}
     * @return the defaults stored
     */
    @RequiresPermission("accounting.manage")
    Defaults.Stored setCategoryDefaults(UUID categoryId, String sales, String purchase) {
        return setDefaults("acc_category_tax_defaults", "category_id", categoryId, sales, purchase);
    }

    private Defaults.Stored setDefaults(String table, String keyColumn, UUID key, String sales, String purchase) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        UUID salesId = codeId("SALES", sales, "sales", errors);
        UUID purchaseId = codeId("PURCHASE", purchase, "purchase", errors);
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The default tax codes are invalid", errors);
        }
        db.sql().sql("delete from " + table + " where tenant_id = ? and " + keyColumn + " = ?").params(db.tenant(), key).update();
        if (salesId != null || purchaseId != null) {
            db.sql().sql("insert into " + table + " (tenant_id, " + keyColumn + ", sales_code_id, purchase_code_id) values (?, ?, ?, ?)")
                    .params(db.tenant(), key, salesId, purchaseId).update();
        }
        return new Defaults.Stored(key, salesId == null ? null : sales, purchaseId == null ? null : purchase);
    }

    private UUID codeId(String type, String code, String field, List<ApiProblem.FieldError> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        TaxCode found = byCodes(type, List.of(code)).get(code);
        if (found == null) {
            errors.add(new ApiProblem.FieldError(field, "is not a " + type.toLowerCase(Locale.ROOT) + " tax code: " + code));
            return null;
        }
        return found.id();
    }

    private void insert(UUID id, String code, String name, String type, BigDecimal rate, boolean included, UUID account,
                        LocalDate from, LocalDate to) {
        db.sql().sql("insert into acc_tax_codes (tenant_id, id, code, name, type, rate, price_included, account_id, valid_from, "
                        + "valid_to, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(db.tenant(), id, code, name, type, rate, included, account, from, to, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private static TaxCode map(ResultSet rs, int n) throws SQLException {
        BigDecimal rate = rs.getBigDecimal("rate");
        return new TaxCode(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getString("type"),
                rate == null ? null : rate.stripTrailingZeros(), rs.getBoolean("price_included"), rs.getObject("account_id", UUID.class),
                rs.getString("account"), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
    }
}
