package io.tessera.plugins.purchasing.order;

import io.tessera.plugins.accounting.api.DocumentKind;
import io.tessera.plugins.accounting.api.DraftLine;
import io.tessera.plugins.accounting.api.Invoicing;
import io.tessera.plugins.accounting.api.LineTax;
import io.tessera.plugins.accounting.api.Postings;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.catalog.api.SupplierInfo;
import io.tessera.plugins.catalog.api.UnitMismatchException;
import io.tessera.plugins.catalog.api.Units;
import io.tessera.plugins.purchasing.common.PurchasingPermissions;
import io.tessera.plugins.purchasing.common.Settings;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Creates, confirms and cancels purchase orders. A line's price defaults to the supplier's price from the catalog,
 * its unit to the supplier's unit, its expected date to the order date plus the supplier's lead time. Every request
 * is one transaction: one 422 naming every bad field, 404 for another tenant's ids, 409 for a state that does not
 * allow the change.
 */
public class Orders {

    /** The largest quantity or price a line takes (the columns hold 14 integer digits; amounts must fit too). */
    public static final BigDecimal MAX = new BigDecimal("1000000000");
    /** The largest line amount (1,000 lines of it still fit an order total). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final TenantJdbc db;
    private final ModuleServices services;
    private final Parties parties;
    private final Settings settings;
    private final Receiving receiving;
    private final OrderStore store;
    private final BillPolicies policies;

    Orders(TenantJdbc db, ModuleServices services, Parties parties, Settings settings, Receiving receiving, OrderStore store,
           BillPolicies policies) {
        this.db = db;
        this.services = services;
        this.parties = parties;
        this.settings = settings;
        this.receiving = receiving;
        this.store = store;
        this.policies = policies;
    }

    /**
     * Creates a draft order (a request for quotation).
     *
     * @param request the order
     * @return the order
     */
    @RequiresPermission(PurchasingPermissions.WRITE)
    public OrderView create(Requests.Order request) {
        return db.tx().write(() -> store.find(insert(request)));
    }

    /**
     * Creates a draft order inside the caller's transaction (which must be a writing one), without reading it back.
     * Checks as {@link #create} does.
     *
     * @param request the order
     * @return its id
     */
    public UUID insert(Requests.Order request) {
        FieldErrors problems = new FieldErrors();
        if (request.partyId() == null) {
            problems.add("partyId", "is required");
        } else if (parties.find(request.partyId()).isEmpty()) {
            throw FieldErrors.notFound("partyId", "Party", request.partyId());
        }
        List<Requests.Line> lines = request.lines() == null ? List.of() : request.lines();
        if (lines.isEmpty()) {
            problems.add("lines", "must contain at least one line");
        } else if (lines.size() > 1000) {
            problems.add("lines", "must contain at most 1000 lines");
        }
        if (request.notes() != null && request.notes().length() > 2000) {
            problems.add("notes", "must be at most 2000 characters");
        }
        Map<UUID, ProductInfo> products = products().findAll(lines.stream().map(Requests.Line::productId)
                .filter(Objects::nonNull).distinct().toList());
        for (int i = 0; i < lines.size(); i++) {
            UUID productId = lines.get(i).productId();
            if (productId != null && !products.containsKey(productId)) {
                throw FieldErrors.notFound("lines[" + i + "].productId", "Product", productId);
            }
        }
        String base = postings().baseCurrency();
        String currency = request.currency() == null ? base : request.currency().strip().toUpperCase(java.util.Locale.ROOT);
        if (!currency.equals(base)) {
            problems.add("currency", "must be the base currency " + base
                    + ": purchase orders in other currencies are not supported yet");
        }
        int digits = Currency.getInstance(base).getDefaultFractionDigits();
        LocalDate date = request.date() != null ? request.date() : LocalDate.now();
        Map<UUID, String> policy = policies.policies(products.values());
        Map<UUID, List<SupplierInfo>> suppliers = new HashMap<>();
        boolean stock = receiving.enabled();
        UUID id = Ids.newId();
        List<Object[]> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            Requests.Line line = lines.get(i);
            String f = "lines[" + i + "].";
            if (line.productId() == null) {
                problems.add(f + "productId", "is required");
                continue;
            }
            ProductInfo product = products.get(line.productId());
            if (!product.active()) {
                problems.add(f + "productId", "names an archived product");
            }
            SupplierInfo supplier = request.partyId() == null ? null : suppliers
                    .computeIfAbsent(product.id(), p -> products().suppliers(p)).stream()
                    .filter(s -> s.partyId().equals(request.partyId())).findFirst().orElse(null);
            String uom = line.uom() != null ? line.uom().strip()
                    : supplier != null ? supplier.uom() : product.purchaseUom();
            BigDecimal price = line.unitPrice();
            if (price == null) {
                if (supplier == null) {
                    problems.add(f + "unitPrice", "is required: the catalog has no price of this supplier for the product");
                } else if (!supplier.uom().equals(uom)) {
                    problems.add(f + "unitPrice", "is required: the supplier's price is per " + supplier.uom() + ", not " + uom);
                } else if (!supplier.currency().equals(currency)) {
                    problems.add(f + "unitPrice", "is required: the supplier's price is in " + supplier.currency());
                } else {
                    price = supplier.price();
                }
            } else if (price.signum() < 0) {
                problems.add(f + "unitPrice", "must not be negative");
            } else if (price.stripTrailingZeros().scale() > 6) {
                problems.add(f + "unitPrice", "must have at most 6 decimals");
            } else if (price.compareTo(MAX) > 0) {
                problems.add(f + "unitPrice", "must be at most " + MAX.toPlainString());
            }
            BigDecimal quantity = line.quantity();
            BigDecimal baseQty = null;
            if (quantity == null || quantity.signum() <= 0) {
                problems.add(f + "quantity", "must be positive");
            } else if (quantity.stripTrailingZeros().scale() > 6) {
                problems.add(f + "quantity", "must have at most 6 decimals");
            } else if (quantity.compareTo(MAX) > 0) {
                problems.add(f + "quantity", "must be at most " + MAX.toPlainString());
            } else {
                baseQty = toBase(problems, f, quantity, uom, product);
            }
            String description = line.description() != null && !line.description().isBlank()
                    ? line.description().strip() : product.name();
            if (description.length() > 300) {
                problems.add(f + "description", "must be at most 300 characters");
            }
            if (line.taxCode() != null && (line.taxCode().isBlank() || line.taxCode().length() > 20)) {
                problems.add(f + "taxCode", "must be a tax code of 1 to 20 characters");
            }
            if (baseQty != null && baseQty.compareTo(MAX.multiply(MAX)) > 0) {
                problems.add(f + "uom", "makes the quantity too large in " + product.baseUom());
            }
            if (problems.any() || baseQty == null || price == null) {
                continue;
            }
            BigDecimal subtotal = quantity.multiply(price).setScale(digits, RoundingMode.HALF_UP);
            if (subtotal.compareTo(MAX_AMOUNT) > 0) {
                problems.add(f + "unitPrice", "makes the line amount larger than " + MAX_AMOUNT.toPlainString());
                continue;
            }
            BigDecimal unitCost = price.multiply(quantity).divide(baseQty, 6, RoundingMode.HALF_UP);
            LocalDate expected = date.plusDays(supplier == null ? 0 : supplier.leadTimeDays());
            total = total.add(subtotal);
            rows.add(new Object[] {db.tenant(), id, i + 1, Ids.newId(), product.id(), description, quantity, uom, price, baseQty,
                    unitCost, subtotal, expected, policy.get(product.id()),
                    stock && product.type() == ProductType.STORABLE});
        }
        problems.throwIfAny();
        List<String> taxCodes = taxCodes(request.partyId(), date, lines, products);
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = java.util.Arrays.copyOf(rows.get(i), rows.get(i).length + 1);
            row[row.length - 1] = taxCodes.get(i);
            rows.set(i, row);
        }
        db.sql().sql("""
                        insert into pur_orders (tenant_id, id, number, party_id, currency, state, order_date, notes, total,
                          created_at) values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)""")
                .param(db.tenant()).param(id).param(settings.nextNumber()).param(request.partyId()).param(currency)
                .param(date).param(request.notes()).param(total).param(OffsetDateTime.now()).update();
        db.jdbc().batchUpdate("""
                insert into pur_order_lines (tenant_id, order_id, line_no, id, product_id, description, quantity, uom,
                  unit_price, base_qty, unit_cost, subtotal, expected_date, bill_policy, stocked, tax_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return id;
    }

    /**
     * Each line's purchase tax code as accounting resolves it for a vendor bill on the order date (the line's code, the
     * supplier's default, the product category's), in one call; {@code null} codes for a tenant without tax codes.
     * Codes whose prices include the tax are refused: order prices are net, and the bill clears stock received not billed
     * with net amounts.
     */
    private List<String> taxCodes(UUID partyId, LocalDate date, List<Requests.Line> lines, Map<UUID, ProductInfo> products) {
        Invoicing invoicing = services.find(Invoicing.class).orElseThrow(() -> new IllegalStateException(
                "The accounting module is not enabled for this tenant, although purchasing requires it"));
        List<DraftLine> queries = lines.stream().map(l -> new DraftLine(products.get(l.productId()).name(), l.quantity(),
                BigDecimal.ZERO, null, null, null, l.taxCode() == null ? null : l.taxCode().strip(),
                products.get(l.productId()).categoryId())).toList();
        List<LineTax> taxes = invoicing.resolveTaxes(DocumentKind.VENDOR_BILL, partyId, date, queries);
        FieldErrors problems = new FieldErrors();
        for (int i = 0; i < taxes.size(); i++) {
            if (taxes.get(i).priceIncluded()) {
                problems.add("lines[" + i + "].taxCode", "tax code " + taxes.get(i).taxCode() + " includes the tax in the price; "
                        + "purchase order prices are net, choose a code that adds the tax");
            }
        }
        problems.throwIfAny();
        return taxes.stream().map(LineTax::taxCode).toList();
    }

    /**
     * Confirms a draft order: it becomes a purchase order whose lines can be received and billed.
     *
     * @param id the order
     * @return the order
     */
    @RequiresPermission(PurchasingPermissions.WRITE)
    public OrderView confirm(UUID id) {
        return db.tx().write(() -> {
            OrderStore.Header order = store.lock(id);
            if (!"DRAFT".equals(order.state())) {
                throw ApiProblem.conflict("Purchase order " + order.number() + " is " + order.state().toLowerCase(java.util.Locale.ROOT)
                        + ": only a draft can be confirmed");
            }
            UUID expected = receiving.expect(id, store.lines(id));
            db.sql().sql("update pur_orders set state = 'CONFIRMED', confirmed_at = ?, expected_receipt_id = ?, "
                            + "version = version + 1 where tenant_id = ? and id = ?")
                    .param(OffsetDateTime.now()).param(expected).param(db.tenant()).param(id).update();
            return store.find(id);
        });
    }

    /**
     * Cancels an order that nothing was received or billed for.
     *
     * @param id the order
     * @return the order
     */
    @RequiresPermission(PurchasingPermissions.WRITE)
    public OrderView cancel(UUID id) {
        return db.tx().write(() -> {
            OrderStore.Header order = store.lock(id);
            if (!"DRAFT".equals(order.state()) && !"CONFIRMED".equals(order.state())) {
                throw ApiProblem.conflict("Purchase order " + order.number() + " is " + order.state().toLowerCase(java.util.Locale.ROOT)
                        + " and cannot be cancelled");
            }
            boolean touched = store.lines(id).stream().anyMatch(l -> l.receivedQty().signum() > 0 || l.billedQty().signum() > 0);
            if (touched) {
                throw ApiProblem.conflict("Purchase order " + order.number()
                        + " has received or billed quantities and cannot be cancelled");
            }
            if ("CONFIRMED".equals(order.state())) {
                receiving.withdraw(id, store.lines(id));
            }
            db.sql().sql("update pur_orders set state = 'CANCELLED', version = version + 1 where tenant_id = ? and id = ?")
                    .param(db.tenant()).param(id).update();
            return store.find(id);
        });
    }

    /**
     * One order.
     *
     * @param id the order
     * @return the order
     */
    public OrderView find(UUID id) {
        return db.tx().read(() -> store.find(id));
    }

    /**
     * A page of orders, newest first.
     *
     * @param state   only this state, or {@code null}
     * @param partyId only this supplier, or {@code null}
     * @param before  the last id of the previous page, or {@code null}
     * @param size    rows per page
     * @return the page
     */
    public OrderPage page(String state, UUID partyId, UUID before, int size) {
        if (state != null && !List.of("DRAFT", "CONFIRMED", "DONE", "CANCELLED").contains(state)) {
            throw ApiProblem.invalid("state", "must be DRAFT, CONFIRMED, DONE or CANCELLED");
        }
        return db.tx().read(() -> store.page(state, partyId, before, size));
    }

    /**
     * Orders for a grid, newest first, by offset.
     *
     * @param state    only this state, or {@code null}
     * @param partyId  only this supplier, or {@code null}
     * @param openOnly only drafts and confirmed orders
     * @param offset   rows to skip
     * @param limit    rows to return
     * @return the orders
     */
    public List<OrderSummary> summaries(String state, UUID partyId, boolean openOnly, int offset, int limit) {
        return db.tx().read(() -> store.summaries(state, partyId, openOnly, offset, limit));
    }

    /**
     * How many orders there are.
     *
     * @param state only this state, or {@code null}
     * @return the count
     */
    public long count(String state) {
        return db.tx().read(() -> store.count(state));
    }

    /**
     * The dashboard's figures.
     *
     * @return confirmed orders to receive and bills held
     */
    public OrderStore.Figures figures() {
        return db.tx().read(store::figures);
    }

    private BigDecimal toBase(FieldErrors problems, String f, BigDecimal quantity, String uom, ProductInfo product) {
        if (uom.equals(product.baseUom())) {
            return quantity;
        }
        BigDecimal base;
        try {
            base = units().convert(quantity, uom, product.baseUom(), 6);
        } catch (UnitMismatchException e) {
            problems.add(f + "uom", "cannot be converted to " + product.baseUom() + ": " + e.getMessage());
            return null;
        }
        if (base.signum() <= 0) {
            problems.add(f + "quantity", "is less than the smallest quantity of " + product.baseUom());
            return null;
        }
        return base;
    }

    private Products products() {
        return services.find(Products.class).orElseThrow(() -> new IllegalStateException(
                "The catalog module is not enabled for this tenant, although purchasing requires it"));
    }

    private Units units() {
        return services.find(Units.class).orElseThrow(() -> new IllegalStateException(
                "The catalog module is not enabled for this tenant, although purchasing requires it"));
    }

    private Postings postings() {
        return services.find(Postings.class).orElseThrow(() -> new IllegalStateException(
                "The accounting module is not enabled for this tenant, although purchasing requires it"));
    }
}
