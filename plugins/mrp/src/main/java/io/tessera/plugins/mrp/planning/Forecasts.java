package io.tessera.plugins.mrp.planning;

import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.plugins.mrp.common.Numbers;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.FieldErrors;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Manual demand forecasts: one per product and date, a second one for the same date replaces the first. */
public class Forecasts {

    private static final int MAX_PAGE = 500;

    private final TenantJdbc db;
    private final Catalog catalog;

    Forecasts(TenantJdbc db, Catalog catalog) {
        this.db = db;
        this.catalog = catalog;
    }

    /**
     * Records (or replaces) the forecast of a product for a date.
     *
     * @param request the forecast
     * @return it
     */
    @RequiresPermission("mrp.write")
    public Forecast put(ForecastRequest request) {
        return db.tx().write(() -> {
            FieldErrors problems = new FieldErrors();
            if (request.productId() == null) {
                problems.add("productId", "is required");
            } else if (catalog.products(List.of(request.productId())).isEmpty()) {
                throw FieldErrors.notFound("productId", "Product", request.productId());
            }
            if (request.date() == null) {
                problems.add("date", "is required");
            }
            if (request.quantity() == null || request.quantity().signum() < 0) {
                problems.add("quantity", "must be zero or more");
            }
            problems.throwIfAny();
            UUID id = db.sql().sql("select id from mrp_forecasts where tenant_id = ? and product_id = ? and forecast_date = ?")
                    .param(db.tenant()).param(request.productId()).param(request.date()).query(UUID.class).optional()
                    .orElse(null);
            if (id == null) {
                id = Ids.newId();
                db.sql().sql("""
                        insert into mrp_forecasts (tenant_id, id, product_id, forecast_date, quantity, created_at)
                        values (?, ?, ?, ?, ?, ?)""").param(db.tenant()).param(id).param(request.productId())
                        .param(request.date()).param(request.quantity()).param(OffsetDateTime.now()).update();
            } else {
                db.sql().sql("update mrp_forecasts set quantity = ? where tenant_id = ? and id = ?")
                        .param(request.quantity()).param(db.tenant()).param(id).update();
            }
            return new Forecast(id, request.productId(), request.date(), Numbers.plain(request.quantity()));
        });
    }

    /**
     * Forecasts by date, then id, a page at a time.
     *
     * @param productId only this product's, or {@code null}
     * @param size      the page size (at most 500)
     * @return the forecasts
     */
    public List<Forecast> list(UUID productId, int size) {
        return db.tx().read(() -> db.sql().sql("""
                select id, product_id, forecast_date, quantity from mrp_forecasts
                where tenant_id = ? and (cast(? as uuid) is null or product_id = ?) order by forecast_date, id
                fetch first %d rows only""".formatted(Math.clamp(size, 1, MAX_PAGE)))
                .param(db.tenant()).param(productId).param(productId)
                .query((rs, n) -> new Forecast(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, java.time.LocalDate.class), Numbers.plain(rs.getBigDecimal(4)))).list());
    }
}
