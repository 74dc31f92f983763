package io.tessera.plugins.purchasing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.tessera.plugins.purchasing.billing.BillResult;
import io.tessera.plugins.purchasing.billing.Bills;
import io.tessera.plugins.purchasing.document.OrderPdf;
import io.tessera.plugins.purchasing.order.OrderView;
import io.tessera.plugins.purchasing.order.Orders;
import io.tessera.plugins.purchasing.order.Receipts;
import io.tessera.plugins.purchasing.order.Requests;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One purchase order: its lines with ordered, received and billed quantities; confirm or cancel a draft; receive what
 * arrived (a quantity per line, prefilled with what is left — the rest stays as backorder); bill what the policies
 * allow; release a held bill (with the permission); download the PDF.
 */
public class OrderPageView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Orders orders;
    private final Receipts receipts;
    private final Bills bills;
    private final OrderPdf pdf;
    private final Map<Integer, BigDecimalField> quantities = new LinkedHashMap<>();
    private String title = "";

    /**
     * The view as the shell creates it.
     *
     * @param orders   the orders
     * @param receipts receiving
     * @param bills    billing
     * @param pdf      the PDF
     */
    public OrderPageView(Orders orders, Receipts receipts, Bills bills, OrderPdf pdf) {
        this.orders = orders;
        this.receipts = receipts;
        this.bills = bills;
        this.pdf = pdf;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            show(orders.find(UUID.fromString(parameter)));
        } catch (IllegalArgumentException e) {
            showMissing();
        } catch (ApiProblem e) {
            showMissing();
        }
    }

    private void showMissing() {
        removeAll();
        title = getTranslation("purchasing.order.title");
        add(new H2(title), new Paragraph(getTranslation("purchasing.order.missing")));
    }

    private void show(OrderView order) {
        removeAll();
        quantities.clear();
        TenantFormat format = TenantFormat.current();
        title = getTranslation("DRAFT".equals(order.state()) ? "purchasing.order.rfq" : "purchasing.order.po", order.number());
        Span status = new Span(getTranslation("purchasing.status." + order.status()));
        status.setId("purchasing-order-status");
        status.getElement().setAttribute("data-status", order.status());
        Span supplier = new Span(getTranslation("purchasing.order.supplier", order.partyName() == null ? "" : order.partyName(),
                format.date(order.date()), format.money(order.total(), order.currency())));
        supplier.setId("purchasing-order-supplier");
        add(new H2(title), status, supplier);

        Grid<OrderView.Line> lines = new Grid<>();
        lines.addColumn(l -> (l.sku() == null ? "" : l.sku() + " · ") + l.description())
                .setHeader(getTranslation("purchasing.order.product")).setAutoWidth(true).setFlexGrow(1);
        lines.addColumn(l -> format.number(l.quantity()) + " " + l.uom()).setHeader(getTranslation("purchasing.order.quantity"))
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> format.money(l.unitPrice(), order.currency())).setHeader(getTranslation("purchasing.order.unitPrice"))
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> format.date(l.expectedDate())).setHeader(getTranslation("purchasing.order.expected"));
        lines.addColumn(l -> format.number(l.received())).setHeader(getTranslation("purchasing.order.received"))
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> format.number(l.billed())).setHeader(getTranslation("purchasing.order.billed"))
                .setTextAlign(ColumnTextAlign.END);
        lines.addColumn(l -> format.money(l.subtotal(), order.currency())).setHeader(getTranslation("purchasing.order.amount"))
                .setTextAlign(ColumnTextAlign.END);
        lines.setItems(order.lines());
        lines.setAllRowsVisible(true);
        lines.setId("purchasing-order-lines");
        add(lines);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if ("DRAFT".equals(order.state())) {
            Button confirm = new Button(getTranslation("purchasing.order.confirm"), e -> run(() -> orders.confirm(order.id())));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("purchasing-order-confirm");
            actions.add(confirm);
        }
        if ("DRAFT".equals(order.state()) || "CONFIRMED".equals(order.state())) {
            Button cancel = new Button(getTranslation("purchasing.order.cancel"), e -> run(() -> orders.cancel(order.id())));
            cancel.setId("purchasing-order-cancel");
            actions.add(cancel);
        }
        if ("CONFIRMED".equals(order.state())) {
            receiveFields(order);
            Button receive = new Button(getTranslation("purchasing.order.receive"), e -> receive(order));
            receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            receive.setId("purchasing-order-receive");
            receive.setEnabled(!quantities.isEmpty());
            Button bill = new Button(getTranslation("purchasing.order.bill"), e -> bill(order));
            bill.setId("purchasing-order-bill");
            bill.setEnabled(order.lines().stream().anyMatch(l -> l.toBill().signum() > 0));
            actions.add(receive, bill);
        }
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.render(order, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), order.number() + ".pdf", "application/pdf", bytes.length);
        }), getTranslation("purchasing.order.pdf"));
        download.setId("purchasing-order-pdf");
        actions.add(download);
        add(actions);
        billsSection(order, format);
    }

    private void receiveFields(OrderView order) {
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        for (OrderView.Line l : order.lines()) {
            if (l.toReceive().signum() <= 0) {
                continue;
            }
            BigDecimalField field = new BigDecimalField(getTranslation("purchasing.order.receiveNow",
                    (l.sku() == null ? l.description() : l.sku()), l.baseUom() == null ? "" : l.baseUom()));
            field.setValue(plain(l.toReceive()));
            field.setWidthFull();
            field.setMaxWidth("24rem");
            field.setId("purchasing-receive-" + l.line());
            quantities.put(l.line(), field);
            fields.add(field);
        }
        if (!quantities.isEmpty()) {
            add(new H3(getTranslation("purchasing.order.receiving")), fields);
        }
    }

    private void receive(OrderView order) {
        List<Requests.ReceiveLine> lines = new ArrayList<>();
        quantities.forEach((line, field) -> {
            BigDecimal q = field.getValue();
            if (q != null && q.signum() > 0) {
                lines.add(new Requests.ReceiveLine(line, q, null));
            }
        });
        if (lines.isEmpty()) {
            Notifications.error(getTranslation("purchasing.order.nothingToReceive"));
            return;
        }
        if (run(() -> receipts.receive(order.id(), new Requests.Receive(lines)))) {
            Notifications.success(getTranslation("purchasing.order.received.done"));
        }
    }

    private void bill(OrderView order) {
        try {
            BillResult bill = bills.bill(order.id(), null);
            show(orders.find(order.id()));
            if (bill.held()) {
                Notifications.error(getTranslation("purchasing.order.billHeld", bill.reason()));
            } else {
                Notifications.success(getTranslation("purchasing.order.billed.done"));
            }
        } catch (ApiProblem e) {
            Notifications.error(Problem.of(e));
        }
    }

    private void billsSection(OrderView order, TenantFormat format) {
        if (order.bills().isEmpty()) {
            return;
        }
        add(new H3(getTranslation("purchasing.order.bills")));
        for (OrderView.Bill b : order.bills()) {
            HorizontalLayout row = new HorizontalLayout();
            row.setWrap(true);
            Span text = new Span(getTranslation("purchasing.billState." + b.state()) + " · "
                    + format.money(b.total(), order.currency()) + (b.heldReason() == null ? "" : " · " + b.heldReason()));
            text.addClassName("purchasing-bill");
            row.add(text);
            if ("HELD".equals(b.state())) {
                Button release = new Button(getTranslation("purchasing.order.release"), e -> run(() -> {
                    bills.release(b.id());
                    return orders.find(order.id());
                }));
                release.setId("purchasing-release-" + b.id());
                row.add(release);
            }
            add(row);
        }
    }

    private boolean run(Supplier<OrderView> action) {
        try {
            show(action.get());
            return true;
        } catch (ApiProblem e) {
            Notifications.error(Problem.of(e));
            return false;
        }
    }

    private static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
