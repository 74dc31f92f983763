package io.tessera.plugins.sales.ui;

import io.tessera.ui.kit.form.FieldErrorMarks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.tessera.plugins.accounting.api.Postings;
import io.tessera.plugins.catalog.api.PriceQuery;
import io.tessera.plugins.catalog.api.Prices;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.catalog.api.ResolvedPrice;
import io.tessera.plugins.catalog.api.UnitMismatchException;
import io.tessera.plugins.sales.common.Amounts;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.sales.common.OpportunityLink;
import io.tessera.plugins.sales.quotation.QuotationDesk;
import io.tessera.plugins.sales.quotation.QuotationView;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A quotation: {@code sales/quotation/new} (optionally {@code ?opportunity=} or {@code ?party=}) opens an empty form,
 * {@code sales/quotation/<id>} the quotation. A draft is a form — customer, currency, validity, lines with the price
 * list's price and live totals, errors on the fields they concern — with Save, Send, Confirm and Cancel (Send and
 * Confirm save first); any other state shows the lines read-only. The PDF downloads in every state.
 */
public class QuotationPageView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final QuotationDesk desk;
    private final Parties parties;
    private final ModuleServices services;
    private final TenantJdbc db;
    private final boolean canWrite;
    private final FieldErrorMarks errors = new FieldErrorMarks(this, "sales");
    private final ProblemPanel problem = new ProblemPanel();
    private final List<LineEditor> editors = new ArrayList<>();
    private final VerticalLayout linesBox = new VerticalLayout();
    private final ComboBox<PartySummary> customer = new ComboBox<>();
    private final TextField currency = new TextField();
    private final DatePicker validUntil = new DatePicker();
    private final Span totals = new Span();
    private QuotationView current;
    private UUID opportunityId;
    private String title = "";
    private int nextLine;

    /**
     * The view as the shell creates it.
     *
     * @param desk     the quotations
     * @param parties  the customer picker
     * @param services catalog's products and prices, accounting's base currency
     * @param db       transactions for the catalog's reads
     * @param user     the signed-in user: without {@code sales.write} the actions are not offered
     */
    public QuotationPageView(QuotationDesk desk, Parties parties, ModuleServices services, TenantJdbc db, CurrentUser user) {
        this.desk = desk;
        this.parties = parties;
        this.services = services;
        this.db = db;
        this.canWrite = user.hasPermission(SalesUi.WRITE);
        setWidthFull();
        problem.setId("sales-quotation-problem");
        customer.addValueChangeListener(e -> repriceAll());
        currency.addValueChangeListener(e -> repriceAll());
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        current = null;
        opportunityId = null;
        if ("new".equals(parameter)) {
            QueryParameters query = event.getLocation().getQueryParameters();
            UUID opportunity = uuid(query.getSingleParameter("opportunity").orElse(null));
            UUID party = uuid(query.getSingleParameter("party").orElse(null));
            Optional<OpportunityLink.Opportunity> deal = opportunity == null ? Optional.empty() : desk.opportunity(opportunity);
            showForm(null, deal.orElse(null), deal.map(OpportunityLink.Opportunity::partyId).orElse(party));
            return;
        }
        UUID id = uuid(parameter);
        Optional<QuotationView> quotation;
        try {
            quotation = id == null ? Optional.empty() : desk.find(id);
        } catch (ApiProblem e) {
            quotation = Optional.empty();
        }
        quotation.ifPresentOrElse(this::show, this::showMissing);
    }

    private void show(QuotationView q) {
        current = q;
        opportunityId = q.opportunityId();
        if ("DRAFT".equals(q.state())) {
            showForm(q, null, q.partyId());
        } else {
            showReadOnly(q);
        }
    }

    private void showMissing() {
        removeAll();
        title = getTranslation("sales.quotation.title");
        add(new H2(title), new Paragraph(getTranslation("sales.quotation.missing")));
    }

    private void header(QuotationView q) {
        title = q == null ? getTranslation("sales.quotation.new") : getTranslation("sales.quotation.numbered", q.number());
        H2 heading = new H2(title);
        HorizontalLayout head = new HorizontalLayout(heading);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        if (q != null) {
            Span state = new Span(getTranslation("sales.state." + q.state()));
            state.getElement().getThemeList().add("badge");
            state.getElement().setAttribute("data-state", q.state());
            state.setId("sales-quotation-state");
            head.add(state);
        }
        add(head);
        UI.getCurrent().getPage().setTitle(title);
    }

    private void showForm(QuotationView q, OpportunityLink.Opportunity deal, UUID partyId) {
        removeAll();
        editors.clear();
        linesBox.removeAll();
        errors.clearBindings();
        problem.clear();
        nextLine = 0;
        header(q);
        TenantFormat format = TenantFormat.current();
        if (deal != null) {
            opportunityId = deal.id();
            Span from = new Span(getTranslation("sales.quotation.fromOpportunity",
                    deal.amount() == null ? "" : format.money(deal.amount(), deal.currency() == null ? base() : deal.currency())));
            from.setId("sales-quotation-opportunity");
            add(from);
        } else if (q != null && q.opportunityId() != null) {
            Span from = new Span(getTranslation("sales.quotation.linked"));
            from.setId("sales-quotation-opportunity");
            add(from);
        }
        add(problem);

        customer.setLabel(getTranslation("sales.field.partyId"));
        customer.setItems(query -> parties.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        customer.setItemLabelGenerator(PartyNames::label);
        customer.setWidth("24rem");
        customer.setMaxWidth("100%");
        customer.setId("sales-quotation-customer");
        customer.setValue(partyId == null ? null : parties.find(partyId).orElse(null));
        customer.setReadOnly(opportunityId != null);
        currency.setLabel(getTranslation("sales.field.currency"));
        currency.setMaxLength(3);
        currency.setWidth("7rem");
        currency.setPlaceholder(base());
        currency.setValue(q != null ? q.currency() : deal != null && deal.currency() != null ? deal.currency() : "");
        currency.setId("sales-quotation-currency");
        validUntil.setLabel(getTranslation("sales.field.validUntil"));
        validUntil.setLocale(format.locale());
        validUntil.setValue(q == null ? format.today().plusDays(30) : q.validUntil());
        validUntil.setId("sales-quotation-valid");
        errors.bind("partyId", customer);
        errors.bind("currency", currency);
        errors.bind("validUntil", validUntil);
        HorizontalLayout head = new HorizontalLayout(customer, currency, validUntil);
        head.setWrap(true);
        head.setWidthFull();
        add(head);

        linesBox.setPadding(false);
        linesBox.setWidthFull();
        linesBox.setId("sales-quotation-lines");
        add(linesBox);
        if (q != null && !q.lines().isEmpty()) {
            Map<UUID, ProductInfo> products = products().map(p -> db.tx().read(() -> p.findAll(
                    q.lines().stream().map(QuotationView.QuotationLine::productId).toList()))).orElse(Map.of());
            for (QuotationView.QuotationLine l : q.lines()) {
                LineEditor editor = addLine();
                editor.product.setValue(products.get(l.productId()));
                editor.quantity.setValue(l.quantity());
                editor.uom.setValue(l.uom());
                editor.keepPrice();
                editor.unitPrice.setValue(l.unitPrice());
                editor.discount.setValue(l.discount());
                editor.taxRate.setValue(l.taxRate());
            }
        } else {
            addLine();
        }
        Button add = new Button(getTranslation("sales.form.addLine"), e -> addLine().product.focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("sales-quotation-add-line");
        totals.setId("sales-quotation-totals");
        totals.getStyle().set("font-weight", "600");
        add(add, totals);
        recalc();

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (!canWrite) {
            if (q != null) {
                actions.add(pdf(q));
            }
            add(actions);
            return;
        }
        Button save = new Button(getTranslation("sales.quotation.save"), e -> save().ifPresent(saved -> {
            Notifications.success(getTranslation("sales.quotation.saved", saved.number()));
            if (q == null) {
                UI.getCurrent().navigate(SalesUi.QUOTATION_ROUTE + "/" + saved.id());
            } else {
                show(saved);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("sales-quotation-save");
        actions.add(save);
        if (q != null) {
            Button send = new Button(getTranslation("sales.quotation.send"),
                    e -> save().ifPresent(saved -> act(() -> desk.send(saved.id()), "sales.quotation.sent")));
            send.setId("sales-quotation-send");
            actions.add(send, confirmButton(), cancelButton(), pdf(q));
        }
        add(actions);
    }

    private void showReadOnly(QuotationView q) {
        removeAll();
        problem.clear();
        header(q);
        TenantFormat format = TenantFormat.current();
        String party = parties.find(q.partyId()).map(PartySummary::name).orElse("");
        Span who = new Span(getTranslation("sales.quotation.summary", party, format.date(q.date()), format.date(q.validUntil())));
        who.setId("sales-quotation-customer-name");
        add(who, problem);
        Grid<QuotationView.QuotationLine> lines = new Grid<>();
        lines.addColumn(QuotationView.QuotationLine::description).setHeader(getTranslation("sales.field.productId"))
                .setAutoWidth(true).setFlexGrow(1);
        lines.addColumn(l -> format.number(l.quantity()) + " " + l.uom()).setHeader(getTranslation("sales.field.quantity"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.money(l.unitPrice(), q.currency())).setHeader(getTranslation("sales.field.unitPrice"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.percent(l.discount().movePointLeft(2))).setHeader(getTranslation("sales.field.discount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.percent(l.taxRate().movePointLeft(2))).setHeader(getTranslation("sales.field.taxRate"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.addColumn(l -> format.money(l.net(), q.currency())).setHeader(getTranslation("sales.quotation.net"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        lines.setItems(q.lines());
        lines.setAllRowsVisible(true);
        lines.setEmptyStateText(getTranslation("sales.quotation.noLines"));
        lines.setId("sales-quotation-lines");
        add(lines);
        totals.setText(getTranslation("sales.quotation.totals", format.money(q.subtotal(), q.currency()),
                format.money(q.tax(), q.currency()), format.money(q.total(), q.currency())));
        add(totals);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (canWrite && "SENT".equals(q.state())) {
            actions.add(confirmButton());
        }
        if (canWrite && ("SENT".equals(q.state()) || "EXPIRED".equals(q.state()))) {
            actions.add(cancelButton());
        }
        if (q.orderId() != null) {
            Anchor order = new Anchor(SalesUi.ORDER_ROUTE + "/" + q.orderId(), getTranslation("sales.quotation.openOrder"));
            order.setId("sales-quotation-order");
            actions.add(order);
        }
        actions.add(pdf(q));
        add(actions);
    }

    private Button confirmButton() {
        Button confirm = new Button(getTranslation("sales.quotation.confirm"), e -> {
            Optional<QuotationView> saved = "DRAFT".equals(current.state()) ? save() : Optional.of(current);
            saved.ifPresent(s -> {
                try {
                    UUID order = desk.confirm(s.id());
                    Notifications.success(getTranslation("sales.quotation.confirmed"));
                    UI.getCurrent().navigate(SalesUi.ORDER_ROUTE + "/" + order);
                } catch (ApiProblem failure) {
                    problem.show(errors.show(Problem.of(failure)));
                }
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setId("sales-quotation-confirm");
        return confirm;
    }

    private Button cancelButton() {
        Button cancel = new Button(getTranslation("sales.quotation.cancel"),
                e -> act(() -> desk.cancel(current.id()), "sales.quotation.cancelled"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.setId("sales-quotation-cancel");
        return cancel;
    }

    private Anchor pdf(QuotationView q) {
        UUID id = q.id();
        String number = q.number();
        java.util.Locale locale = getLocale();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = desk.pdf(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), number + ".pdf", "application/pdf", bytes.length);
        }), getTranslation("sales.quotation.pdf"));
        download.setId("sales-quotation-pdf");
        return download;
    }

    private void act(Supplier<QuotationView> action, String doneKey) {
        try {
            QuotationView q = action.get();
            Notifications.success(getTranslation(doneKey, q.number()));
            show(q);
        } catch (ApiProblem e) {
            problem.show(errors.show(Problem.of(e)));
        }
    }

    private Optional<QuotationView> save() {
        problem.clear();
        QuotationDesk.Draft draft = new QuotationDesk.Draft(customer.getValue() == null ? null : customer.getValue().id(),
                currency.getValue(), opportunityId, validUntil.getValue(), editors.stream().map(LineEditor::line).toList());
        try {
            QuotationView saved = current == null ? desk.create(draft) : desk.update(current.id(), draft);
            current = saved;
            return Optional.of(saved);
        } catch (ApiProblem e) {
            problem.show(errors.show(Problem.of(e)));
            return Optional.empty();
        }
    }

    private LineEditor addLine() {
        LineEditor[] self = new LineEditor[1];
        LineEditor editor = new LineEditor(nextLine++,
                query -> products().map(p -> db.tx().read(() -> p.search(query.getFilter().orElse(""), query.getOffset(),
                        query.getLimit()))).orElse(List.of()).stream().filter(ProductInfo::active),
                this::recalc, () -> reprice(self[0]), this::removeLine);
        self[0] = editor;
        editors.add(editor);
        linesBox.add(editor);
        rebind();
        return editor;
    }

    private void removeLine(LineEditor editor) {
        editors.remove(editor);
        linesBox.remove(editor);
        rebind();
        recalc();
    }

    /** Field errors name lines by their position: bind each editor's fields to its current index. */
    private void rebind() {
        for (int i = 0; i < editors.size(); i++) {
            LineEditor e = editors.get(i);
            String line = "lines[" + i + "].";
            errors.bind(line + "productId", e.product);
            errors.bind(line + "quantity", e.quantity);
            errors.bind(line + "uom", e.uom);
            errors.bind(line + "unitPrice", e.unitPrice);
            errors.bind(line + "discount", e.discount);
            errors.bind(line + "taxRate", e.taxRate);
        }
    }

    private void repriceAll() {
        editors.forEach(this::reprice);
    }

    /** The price list's price for the line's product, customer, quantity, unit and currency (none when it has none). */
    private void reprice(LineEditor editor) {
        if (editor == null) {
            return;
        }
        ProductInfo product = editor.product.getValue();
        BigDecimal quantity = editor.quantity.getValue();
        if (editor.usesListPrice() && product != null) {
            BigDecimal q = quantity == null || quantity.signum() <= 0 ? BigDecimal.ONE : quantity;
            UUID party = customer.getValue() == null ? null : customer.getValue().id();
            String uom = editor.uom.getValue().isBlank() ? null : editor.uom.getValue().strip();
            Optional<Prices> prices = services.find(Prices.class);
            Optional<ResolvedPrice> price = prices.isEmpty() ? Optional.empty() : resolve(prices.get(),
                    new PriceQuery(product.id(), party, q, uom, currencyCode(), TenantFormat.current().today()));
            editor.listPrice(price.map(ResolvedPrice::unitPrice).orElse(null));
        }
        recalc();
    }

    private Optional<ResolvedPrice> resolve(Prices prices, PriceQuery query) {
        try {
            return db.tx().read(() -> prices.resolve(query));
        } catch (UnitMismatchException e) {
            // a unit that is not the product's: the save names the field; no price to show meanwhile
            return Optional.empty();
        }
    }

    /** Live totals, rounded as the server rounds them (per line, to the currency). */
    private void recalc() {
        String code = currencyCode();
        TenantFormat format = TenantFormat.current();
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (LineEditor e : editors) {
            BigDecimal q = e.quantity.getValue();
            BigDecimal price = e.unitPrice.getValue();
            if (q == null || price == null) {
                e.net.setText("");
                continue;
            }
            BigDecimal net = Amounts.net(q, price, orZero(e.discount.getValue()), code);
            subtotal = subtotal.add(net);
            tax = tax.add(Amounts.tax(net, orZero(e.taxRate.getValue()), code));
            e.net.setText(format.money(net, code));
        }
        totals.setText(getTranslation("sales.quotation.totals", format.money(subtotal, code), format.money(tax, code),
                format.money(subtotal.add(tax), code)));
    }

    private String currencyCode() {
        String typed = currency.getValue() == null ? "" : currency.getValue().strip().toUpperCase();
        if (typed.length() == 3) {
            try {
                return Currency.getInstance(typed).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                return base(); // not a currency: the save names the field
            }
        }
        return base();
    }

    private String base() {
        return services.find(Postings.class).map(p -> db.tx().read(p::baseCurrency))
                .orElseGet(() -> TenantFormat.current().baseCurrency().map(Currency::getCurrencyCode).orElse("EUR"));
    }

    private Optional<Products> products() {
        return services.find(Products.class);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static UUID uuid(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null; // not an id: nothing to show
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
