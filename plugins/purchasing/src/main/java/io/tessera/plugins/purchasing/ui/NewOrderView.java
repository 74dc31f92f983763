package io.tessera.plugins.purchasing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.purchasing.order.OrderView;
import io.tessera.plugins.purchasing.order.Orders;
import io.tessera.plugins.purchasing.order.Requests;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A new request for quotation: the supplier, then lines by SKU or barcode with a quantity and, optionally, a price
 * (otherwise the supplier's price from the catalog). Saving creates the draft and opens it.
 */
public class NewOrderView extends VerticalLayout implements HasDynamicTitle {

    private final List<Pending> pending = new ArrayList<>();
    private final Grid<Pending> grid = new Grid<>();

    /**
     * The view as the shell creates it.
     *
     * @param orders   the orders
     * @param parties  the supplier picker
     * @param services catalog's products, looked up by SKU or barcode
     */
    public NewOrderView(Orders orders, Parties parties, ModuleServices services) {
        add(new H2(getTranslation("purchasing.new.title")));
        ComboBox<PartySummary> supplier = new ComboBox<>(getTranslation("purchasing.new.supplier"));
        supplier.setItems(q -> parties.search(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        supplier.setItemLabelGenerator(PartySummary::name);
        supplier.setWidthFull();
        supplier.setMaxWidth("28rem");
        supplier.setId("purchasing-new-supplier");
        add(supplier);

        TextField sku = new TextField(getTranslation("purchasing.new.sku"));
        sku.setId("purchasing-new-sku");
        BigDecimalField quantity = new BigDecimalField(getTranslation("purchasing.new.quantity"));
        quantity.setId("purchasing-new-quantity");
        BigDecimalField price = new BigDecimalField(getTranslation("purchasing.new.price"));
        price.setHelperText(getTranslation("purchasing.new.priceHelp"));
        price.setId("purchasing-new-price");
        Button addLine = new Button(getTranslation("purchasing.new.addLine"), e -> {
            ProductInfo product = services.find(Products.class).flatMap(p -> p.findByCode(sku.getValue().strip())).orElse(null);
            if (product == null) {
                sku.setInvalid(true);
                sku.setErrorMessage(getTranslation("purchasing.new.unknownSku"));
                return;
            }
            sku.setInvalid(false);
            pending.add(new Pending(product, quantity.getValue(), price.getValue()));
            grid.setItems(pending);
            sku.clear();
            quantity.clear();
            price.clear();
            sku.focus();
        });
        addLine.setId("purchasing-new-add");
        HorizontalLayout editor = new HorizontalLayout(sku, quantity, price, addLine);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editor.setWrap(true);
        add(editor);

        TenantFormat format = TenantFormat.current();
        grid.addColumn(p -> p.product().sku() + " · " + p.product().name()).setHeader(getTranslation("purchasing.order.product"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(p -> p.quantity() == null ? "" : format.number(p.quantity()))
                .setHeader(getTranslation("purchasing.order.quantity")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(p -> p.price() == null ? getTranslation("purchasing.new.supplierPrice") : format.number(p.price(), 2))
                .setHeader(getTranslation("purchasing.order.unitPrice")).setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText(getTranslation("purchasing.new.noLines"));
        grid.setAllRowsVisible(true);
        grid.setId("purchasing-new-lines");
        add(grid);

        Button save = new Button(getTranslation("purchasing.new.save"), e -> {
            try {
                OrderView order = orders.create(new Requests.Order(supplier.getValue() == null ? null : supplier.getValue().id(),
                        null, null, null, pending.stream().map(p -> new Requests.Line(p.product().id(), p.quantity(), null,
                        p.price(), null)).toList()));
                UI.getCurrent().navigate(PurchasingUi.ORDER_ROUTE + "/" + order.id());
            } catch (ApiProblem problem) {
                Notifications.error(Problem.of(problem));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("purchasing-new-save");
        add(save);
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasing.new.title");
    }

    private record Pending(ProductInfo product, BigDecimal quantity, BigDecimal price) {
    }
}
