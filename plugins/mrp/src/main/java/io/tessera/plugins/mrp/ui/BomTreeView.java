package io.tessera.plugins.mrp.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.mrp.bom.Bom;
import io.tessera.plugins.mrp.bom.Boms;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.mrp.routing.Routings;
import io.tessera.sdk.CurrentUser;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Bills of materials as a tree: pick a product that has an active BOM and see every level below it, expanded, with the
 * quantity per parent unit, the cost per unit rolled up level by level and each line's share of its parent's cost.
 * With {@code mrp.manage}, Edit opens the product's active BOM in {@link BomEditor} (saved as a new active BOM) and New
 * BOM creates one; the tree then shows the saved BOM with its cost rolled up again.
 */
public class BomTreeView extends VerticalLayout implements HasDynamicTitle {

    private final Boms boms;
    private final Routings routings;
    private final TenantJdbc db;
    private final Catalog catalog;
    private final ComboBox<UUID> product = new ComboBox<>();
    private final TreeGrid<BomTree.Node> tree = new TreeGrid<>();
    private final Paragraph empty = new Paragraph();
    private final Button edit = new Button();

    /**
     * The view as the shell creates it.
     *
     * @param boms     the BOMs
     * @param routings their routings
     * @param db       database access
     * @param catalog  product names and standard costs
     * @param user     the signed-in user: without {@code mrp.manage} BOMs are shown, not edited
     */
    public BomTreeView(Boms boms, Routings routings, TenantJdbc db, Catalog catalog, CurrentUser user) {
        this.boms = boms;
        this.routings = routings;
        this.db = db;
        this.catalog = catalog;
        add(new H2(getTranslation("mrp.boms.title")));
        empty.setText(getTranslation("mrp.boms.empty"));
        empty.setId("mrp-boms-empty");
        product.setLabel(getTranslation("mrp.orders.product"));
        product.setId("mrp-boms-product");
        product.setWidthFull();
        product.setMaxWidth("30rem");
        tree.setId("mrp-boms-tree");
        tree.setEmptyStateText(getTranslation("mrp.boms.pick"));
        tree.setWidthFull();
        product.addValueChangeListener(e -> show(e.getValue()));
        boolean manage = user.hasPermission("mrp.manage");
        edit.setText(getTranslation("mrp.bom.edit"));
        edit.setId("mrp-boms-edit");
        edit.setEnabled(false);
        edit.addClickListener(e -> Optional.ofNullable(product.getValue())
                .map(p -> db.tx().read(() -> boms.active(List.of(p)).get(p)))
                .ifPresent(bom -> new BomEditor(boms, catalog, db, bom, this::saved).open()));
        Button create = new Button(getTranslation("mrp.bom.new"), e -> new BomEditor(boms, catalog, db, null,
                this::saved).open());
        create.setId("mrp-boms-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(edit, create);
        actions.setWrap(true);
        actions.setVisible(manage);
        add(empty, product, actions, tree);
        setSizeFull();
        loadProducts();
    }

    /** The products with an active BOM, in the picker; the empty state when there are none. */
    private void loadProducts() {
        List<UUID> made = boms.list(null, null, 500).stream().filter(Bom::active).map(Bom::productId).distinct().toList();
        Names productNames = Names.of(db, catalog, made);
        product.setItems(made.stream().sorted(Comparator.comparing(productNames::product)).toList());
        product.setItemLabelGenerator(productNames::product);
        empty.setVisible(made.isEmpty());
        product.setVisible(!made.isEmpty());
        tree.setVisible(!made.isEmpty());
    }

    /** A BOM was saved: it is the product's active one now, so the tree shows it with its cost rolled up again. */
    private void saved(Bom bom) {
        loadProducts();
        product.setValue(bom.productId());
        show(bom.productId());
        Notifications.success(getTranslation("mrp.bom.saved"));
    }

    private void show(UUID productId) {
        edit.setEnabled(productId != null);
        if (productId == null) {
            tree.setItems(List.of(), BomTree.Node::children);
            return;
        }
        TenantFormat format = TenantFormat.current();
        BomTree.Node root = BomTree.load(productId, boms, routings, catalog, db);
        Set<UUID> all = new HashSet<>();
        collect(root, all);
        Names names = Names.of(db, catalog, all);
        tree.removeAllColumns();
        tree.addHierarchyColumn(n -> names.product(n.productId())).setHeader(getTranslation("mrp.orders.product"))
                .setFlexGrow(3).setAutoWidth(true);
        tree.addColumn(n -> format.number(n.perParent()) + " " + names.unit(n.productId()))
                .setHeader(getTranslation("mrp.boms.perParent")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        tree.addColumn(n -> n.unitCost() == null ? getTranslation("mrp.boms.noCost") : format.money(n.unitCost()))
                .setHeader(getTranslation("mrp.boms.unitCost")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        tree.addColumn(n -> n.operation().signum() == 0 ? "" : format.money(n.operation()))
                .setHeader(getTranslation("mrp.boms.operation")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        tree.addColumn(n -> n.level() == 0 || n.extended() == null ? "" : format.money(n.extended()))
                .setHeader(getTranslation("mrp.boms.extended")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        tree.setItems(List.of(root), BomTree.Node::children);
        tree.expandRecursively(List.of(root), Integer.MAX_VALUE);
    }

    private static void collect(BomTree.Node node, Set<UUID> into) {
        into.add(node.productId());
        node.children().forEach(c -> collect(c, into));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mrp.boms.title");
    }
}
