package io.tessera.plugins.mrp.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.mrp.bom.Bom;
import io.tessera.plugins.mrp.bom.Boms;
import io.tessera.plugins.mrp.common.Catalog;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.mrp.routing.Routings;
import io.tessera.ui.kit.format.TenantFormat;
import java.util.List;
import java.util.UUID;

/**
 * Bills of materials as a tree: pick a product that has an active BOM and see every level below it, expanded, with the
 * quantity per parent unit, the cost per unit rolled up level by level and each line's share of its parent's cost.
 */
public class BomTreeView extends VerticalLayout implements HasDynamicTitle {

    /**
     * The view as the shell creates it.
     *
     * @param boms     the BOMs
     * @param routings their routings
     * @param db       database access
     * @param catalog  product names and standard costs
     */
    public BomTreeView(Boms boms, Routings routings, TenantJdbc db, Catalog catalog) {
        add(new H2(getTranslation("mrp.boms.title")));
        List<UUID> made = boms.list(null, null, 500).stream().filter(Bom::active).map(Bom::productId).distinct().toList();
        if (made.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("mrp.boms.empty"));
            empty.setId("mrp-boms-empty");
            add(empty);
            return;
        }
        Names productNames = Names.of(db, catalog, made);
        ComboBox<UUID> product = new ComboBox<>(getTranslation("mrp.orders.product"));
        product.setItems(made.stream().sorted(java.util.Comparator.comparing(productNames::product)).toList());
        product.setItemLabelGenerator(productNames::product);
        product.setId("mrp-boms-product");
        product.setWidthFull();
        product.setMaxWidth("30rem");
        TenantFormat format = TenantFormat.current();
        TreeGrid<BomTree.Node> tree = new TreeGrid<>();
        tree.setId("mrp-boms-tree");
        tree.setEmptyStateText(getTranslation("mrp.boms.pick"));
        product.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                tree.setItems(List.of(), BomTree.Node::children);
                return;
            }
            BomTree.Node root = BomTree.load(e.getValue(), boms, routings, catalog, db);
            java.util.Set<UUID> all = new java.util.HashSet<>();
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
        });
        add(product, tree);
        setSizeFull();
        tree.setWidthFull();
    }

    private static void collect(BomTree.Node node, java.util.Set<UUID> into) {
        into.add(node.productId());
        node.children().forEach(c -> collect(c, into));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mrp.boms.title");
    }
}
