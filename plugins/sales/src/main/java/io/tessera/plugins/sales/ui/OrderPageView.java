package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import io.tessera.plugins.accounting.api.DocumentStatus;
import io.tessera.plugins.accounting.api.Invoicing;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.sales.order.OrderView;
import io.tessera.plugins.sales.order.Orders;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One sales order: status, lines with ordered, delivered and invoiced quantities; deliver what leaves (a quantity per
 * line, prefilled with what is left — the rest stays to deliver); create the invoice of what may be invoiced now
 * (posted at once if asked); cancel while nothing is delivered or invoiced. Deliveries open inventory's transfer page,
 * invoices accounting's invoice page.
 */
public class OrderPageView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Orders orders;
    private final Parties parties;
    private final ModuleServices services;
    private final TenantJdbc db;
    private final boolean canWrite;
    private final ProblemPanel problem = new ProblemPanel();
    private final Map<UUID, BigDecimalField> quantities = new LinkedHashMap<>();
    private String title = "";

    /**
     * The view as the shell creates it.
     *
     * @param orders   the orders
     * @param parties  the customer's name
     * @param services accounting's invoice states
     * @param db       transactions
     * @param user     the signed-in user: without {@code sales.write} the actions are not offered
     */
    public OrderPageView(Orders orders, Parties parties, ModuleServices services, TenantJdbc db, CurrentUser user) {
        this.orders = orders;
        this.parties = parties;
        this.services = services;
        this.db = db;
        this.canWrite = user.hasPermission(SalesUi.WRITE);
        problem.setId("sales-order-problem");
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        Optional<OrderView> order;
        try {
            UUID id = UUID.fromString(parameter);
            order = db.tx().read(() -> orders.find(id));
        } catch (IllegalArgumentException e) {
            order = Optional.empty(); // not an id: nothing to show
        }
        order.ifPresentOrElse(this::show, this::showMissing);
    }

    private void showMissing() {
        removeAll();
        title = getTranslation("sales.order.title");
        add(new H2(title), new Paragraph(getTranslation("sales.order.missing")));
    }

    private void show(OrderView order) {
        removeAll();
        problem.clear();
        quantities.clear();
        TenantFormat format = TenantFormat.current();
        title = getTranslation("sales.order.numbered", order.number());
        Span status = new Span(getTranslation("sales.status." + order.status()));
        status.getElement().getThemeList().add("badge");
        status.getElement().setAttribute("data-status", order.status());
        status.setId("sales-order-status");
        HorizontalLayout head = new HorizontalLayout(new H2(title), status);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        if (order.late()) {
            Span late = new Span(getTranslation("sales.orders.lateBadge"));
            late.getElement().getThemeList().add("badge error");
            late.setId("sales-order-late");
            head.add(late);
        }
        String party = parties.find(order.partyId()).map(PartySummary::name).orElse("");
        Span who = new Span(getTranslation("sales.order.summary", party, format.date(order.date()),
                format.money(order.total(), order.currency())));
        who.setId("sales-order-customer");
        add(head, who);
        if (order.promisedDate() != null) {
            Span promised = new Span(getTranslation("sales.order.promised", format.date(order.promisedDate())));
            promised.setId("sales-order-promised");
            add(promised);
        }
        add(problem);
        getUI().ifPresent(ui -> ui.getPage().setTitle(title));

        Grid<OrderView.OrderLine> lines = new Grid<>();
        lines.addColumn(OrderView.OrderLine::description).setHeader(getTranslation("sales.field.productId"))
                .setAutoWidth(true).setFlexGrow(1);
        lines.addColumn(l -> format.number(l.ordered()) + " " + l.baseUom()).setHeader(getTranslation("sales.order.ordered"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.number(l.delivered())).setHeader(getTranslation("sales.order.delivered"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.number(l.invoiced())).setHeader(getTranslation("sales.order.invoiced"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.money(l.unitPrice(), order.currency()) + " / " + l.uom())
                .setHeader(getTranslation("sales.field.unitPrice")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.money(l.net(), order.currency())).setHeader(getTranslation("sales.quotation.net"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.setItems(order.lines());
        lines.setAllRowsVisible(true);
        lines.setId("sales-order-lines");
        add(lines);

        boolean open = canWrite && "OPEN".equals(order.state());
        if (open) {
            deliverFields(order);
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (!quantities.isEmpty()) {
            Button deliver = new Button(getTranslation("sales.order.deliver"), e -> deliver(order));
            deliver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            deliver.setId("sales-order-deliver");
            actions.add(deliver);
        }
        if (open && order.lines().stream().anyMatch(l -> invoiceable(l).signum() > 0)) {
            Checkbox post = new Checkbox(getTranslation("sales.order.postInvoice"));
            post.setId("sales-order-post");
            Button invoice = new Button(getTranslation("sales.order.invoice"), e -> run(() -> {
                db.tx().write(() -> orders.invoice(order.id(), TenantFormat.current().today(), post.getValue()));
                return find(order.id());
            }, "sales.order.invoiced.done"));
            invoice.setId("sales-order-invoice");
            actions.add(invoice, post);
        }
        boolean untouched = order.lines().stream().allMatch(l -> l.delivered().signum() == 0 && l.invoiced().signum() == 0);
        if (open && untouched) {
            Button cancel = new Button(getTranslation("sales.order.cancel"),
                    e -> run(() -> db.tx().write(() -> orders.cancel(order.id())), "sales.order.cancelled"));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancel.setId("sales-order-cancel");
            actions.add(cancel);
        }
        if (order.quotationId() != null) {
            Anchor quotation = new Anchor(SalesUi.QUOTATION_ROUTE + "/" + order.quotationId(),
                    getTranslation("sales.order.quotation"));
            quotation.setId("sales-order-quotation");
            actions.add(quotation);
        }
        add(actions);
        documents(order, format);
    }

    /** Ordered-policy lines may be invoiced up to the ordered quantity, delivered-policy ones up to the delivered. */
    private static BigDecimal invoiceable(OrderView.OrderLine l) {
        return ("ORDERED".equals(l.invoicePolicy()) ? l.ordered() : l.delivered()).subtract(l.invoiced());
    }

    private void deliverFields(OrderView order) {
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        for (OrderView.OrderLine l : order.lines()) {
            BigDecimal left = l.ordered().subtract(l.delivered());
            if (left.signum() <= 0) {
                continue;
            }
            BigDecimalField field = new BigDecimalField(getTranslation("sales.order.deliverNow", l.description(), l.baseUom()));
            field.setValue(plain(left));
            field.setWidthFull();
            field.setMaxWidth("24rem");
            field.setId("sales-deliver-" + l.lineNo());
            quantities.put(l.id(), field);
            fields.add(field);
        }
        if (!quantities.isEmpty()) {
            add(new H3(getTranslation("sales.order.delivering")), fields);
        }
    }

    private void deliver(OrderView order) {
        Map<UUID, BigDecimal> lines = new LinkedHashMap<>();
        quantities.forEach((line, field) -> {
            BigDecimal q = field.getValue();
            if (q != null && q.signum() > 0) {
                lines.put(line, q);
            }
        });
        if (lines.isEmpty()) {
            problem.show(new Problem(422, getTranslation("sales.order.nothingToDeliver"), null, java.util.List.of(), false));
            return;
        }
        run(() -> db.tx().write(() -> orders.deliver(order.id(), lines)), "sales.order.delivered.done");
    }

    private void documents(OrderView order, TenantFormat format) {
        if (!order.deliveryIds().isEmpty()) {
            add(new H3(getTranslation("sales.order.deliveries")));
            HorizontalLayout links = new HorizontalLayout();
            links.setWrap(true);
            int n = 1;
            for (UUID delivery : order.deliveryIds()) {
                Anchor link = new Anchor(SalesUi.TRANSFER_ROUTE + "/" + delivery, getTranslation("sales.order.delivery", n++));
                link.addClassName("sales-order-delivery");
                links.add(link);
            }
            add(links);
        }
        if (!order.invoiceIds().isEmpty()) {
            add(new H3(getTranslation("sales.order.invoices")));
            Map<UUID, DocumentStatus> statuses = services.find(Invoicing.class)
                    .map(i -> db.tx().read(() -> i.statuses(order.invoiceIds()))).orElse(Map.of());
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            list.setSpacing(false);
            for (UUID invoice : order.invoiceIds()) {
                DocumentStatus s = statuses.get(invoice);
                String text = s == null ? getTranslation("sales.order.invoiceUnknown")
                        : getTranslation("sales.order.invoiceLine", s.number() == null ? getTranslation("sales.order.draft") : s.number(),
                        format.money(s.total(), s.currency()), getTranslation(s.state() == DocumentStatus.State.DRAFT
                                ? "sales.invoice.draft" : s.settled() ? "sales.invoice.paid" : "sales.invoice.open",
                                format.money(s.open(), s.currency())));
                Anchor link = new Anchor(SalesUi.INVOICE_ROUTE + "/" + invoice, text);
                link.addClassName("sales-order-invoice-link");
                list.add(link);
            }
            add(list);
        }
    }

    private OrderView find(UUID id) {
        return db.tx().read(() -> orders.find(id)).orElseThrow(() -> ApiProblem.notFound("Order", id));
    }

    private void run(Supplier<OrderView> action, String doneKey) {
        try {
            OrderView order = action.get();
            show(order);
            Notifications.success(getTranslation(doneKey, order.number()));
        } catch (ApiProblem e) {
            problem.show(Problem.of(e));
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
