package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import java.util.List;
import java.util.UUID;

/** Quotations, newest first, filtered by state and customer; a click opens one, "New quotation" opens the form. */
public class QuotationsView extends VerticalLayout implements HasDynamicTitle {

    private final Select<String> state = new Select<>();
    private final ComboBox<PartySummary> customer = new ComboBox<>();

    /**
     * The view as the shell creates it.
     *
     * @param reads   the quotation pages
     * @param parties customer names and the customer filter
     * @param user    the signed-in user: "New quotation" needs {@code sales.write}
     */
    public QuotationsView(SalesReads reads, Parties parties, CurrentUser user) {
        PartyNames names = new PartyNames(parties);
        Button create = new Button(getTranslation("sales.quotations.new"),
                e -> UI.getCurrent().navigate(SalesUi.QUOTATION_ROUTE + "/new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("sales-quotations-new");
        create.setVisible(user.hasPermission(SalesUi.WRITE));
        HorizontalLayout bar = new HorizontalLayout(new H2(getTranslation("sales.quotations.title")), create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        add(bar);

        state.setLabel(getTranslation("sales.quotations.state"));
        state.setItems(SalesReads.QUOTATION_STATES);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("sales.filter.all"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("sales.filter.all") : getTranslation("sales.state." + s));
        state.setId("sales-quotations-state");
        customer.setLabel(getTranslation("sales.quotations.customer"));
        customer.setItems(q -> parties.search(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        customer.setItemLabelGenerator(PartyNames::label);
        customer.setClearButtonVisible(true);
        customer.setId("sales-quotations-customer");

        EntityGrid<SalesReads.QuotationRow> grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<SalesReads.QuotationRow> fetch(EntityQuery query) {
                List<SalesReads.QuotationRow> page = reads.quotations(state.getValue(), partyId(), null, query.offset(),
                        query.limit());
                names.load(page.stream().map(SalesReads.QuotationRow::partyId).toList());
                return page;
            }

            @Override
            public long count(String filter) {
                return reads.countQuotations(state.getValue(), partyId());
            }
        });
        grid.addFilter(state);
        grid.addFilter(customer);
        grid.getSearchField().setVisible(false);
        state.addValueChangeListener(e -> grid.refresh());
        customer.addValueChangeListener(e -> grid.refresh());
        TenantFormat format = TenantFormat.current();
        grid.addColumn(getTranslation("sales.quotations.number"), SalesReads.QuotationRow::number);
        grid.addColumn(getTranslation("sales.quotations.customer"), q -> names.name(q.partyId()));
        grid.addColumn(getTranslation("sales.quotations.date"), q -> format.date(q.date()));
        grid.addColumn(getTranslation("sales.quotations.validUntil"), q -> format.date(q.validUntil()));
        grid.addColumn(getTranslation("sales.quotations.state"), q -> getTranslation("sales.state." + q.state()));
        grid.addColumn(getTranslation("sales.quotations.total"), q -> format.money(q.total(), q.currency()))
                .setTextAlign(ColumnTextAlign.END);
        grid.getGrid().setEmptyStateText(getTranslation("sales.quotations.empty"));
        grid.getGrid().addItemClickListener(e -> UI.getCurrent().navigate(SalesUi.QUOTATION_ROUTE + "/" + e.getItem().id()));
        grid.getGrid().setId("sales-quotations-grid");
        add(grid);
        setSizeFull();
    }

    private UUID partyId() {
        return customer.getValue() == null ? null : customer.getValue().id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.quotations.title");
    }
}
