package io.tessera.ui.app.admin;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.tenants.audit.AuditTrailQueries;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.kit.format.TenantFormat;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;

/**
 * The tenant's audit trail: a lazily loaded grid (one page at a time), filtered by entity type, user
 * and date range (days in the tenant's time zone); times are shown in the tenant's locale and zone; a
 * row's details show the fields before and after.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@PermitAll
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final TextField entity = new TextField();
    private final TextField user = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditTrailQueries.Entry> grid = new Grid<>();
    private final TenantFormat format = TenantFormat.current();

    AuditLogView(AuditTrailQueries audit) {
        setSizeFull();
        entity.setLabel(getTranslation("audit.filter.entity"));
        user.setLabel(getTranslation("audit.filter.user"));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        entity.setValueChangeMode(ValueChangeMode.LAZY);
        user.setValueChangeMode(ValueChangeMode.LAZY);
        entity.setClearButtonVisible(true);
        user.setClearButtonVisible(true);
        FlexLayout filters = new FlexLayout(entity, user, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "1rem");
        grid.addColumn(r -> format.dateTime(r.occurredAt())).setHeader(getTranslation("audit.column.time")).setAutoWidth(true);
        grid.addColumn(r -> r.user() == null ? getTranslation("audit.system") : r.user())
                .setHeader(getTranslation("audit.column.user")).setAutoWidth(true);
        grid.addColumn(AuditTrailQueries.Entry::entityType).setHeader(getTranslation("audit.column.entity")).setAutoWidth(true);
        grid.addColumn(AuditTrailQueries.Entry::entityId).setHeader(getTranslation("audit.column.id"));
        grid.addColumn(AuditTrailQueries.Entry::action).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(r -> {
            Pre changes = new Pre(r.changes() == null ? getTranslation("audit.no-changes") : ChangesText.of(r.changes()));
            changes.getStyle().set("white-space", "pre-wrap").set("margin", "0");
            return changes;
        }));
        grid.setPageSize(50);
        grid.setItems(query -> audit.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter())));
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setId("audit-grid");
        entity.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        user.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("audit.title")), filters, grid);
        setFlexGrow(1, grid);
    }

    /** The filter; the dates are days in the tenant's time zone. */
    private AuditTrailQueries.Filter filter() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        return new AuditTrailQueries.Filter(entity.getValue(), null, null, user.getValue(),
                start == null ? null : format.startOf(start),
                end == null ? null : format.startOf(end.plusDays(1)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
