package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.plugins.accounting.chart.ChartOfAccounts;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The chart of accounts as a tree (parent → children): add an account, deactivate or reactivate one. */
public class ChartView extends VerticalLayout {

    private final ChartOfAccounts chart;
    private final TreeGrid<Account> tree = new TreeGrid<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<AccountType> type = new Select<>();
    private final TextField parent = new TextField();
    private final ProblemPanel problem = new ProblemPanel();

    /**
     * The view as the shell creates it.
     *
     * @param chart the chart of accounts
     */
    public ChartView(ChartOfAccounts chart) {
        this.chart = chart;
        add(new H2(getTranslation("accounting.chart.title")));
        tree.addHierarchyColumn(Account::code).setHeader(getTranslation("accounting.reports.account")).setAutoWidth(true);
        tree.addColumn(Account::name).setHeader(getTranslation("accounting.reports.name")).setFlexGrow(1);
        tree.addColumn(a -> getTranslation("accounting.type." + a.type().name().toLowerCase()))
                .setHeader(getTranslation("accounting.reports.type"));
        tree.addColumn(a -> getTranslation(a.active() ? "accounting.chart.active" : "accounting.chart.inactive"))
                .setHeader(getTranslation("accounting.chart.state"));
        tree.addComponentColumn(this::toggle).setHeader(getTranslation("accounting.journal.actions"));
        tree.setId("chart-tree");
        code.setLabel(getTranslation("accounting.chart.code"));
        name.setLabel(getTranslation("accounting.chart.name"));
        type.setLabel(getTranslation("accounting.reports.type"));
        type.setItems(AccountType.values());
        type.setItemLabelGenerator(t -> getTranslation("accounting.type." + t.name().toLowerCase()));
        parent.setLabel(getTranslation("accounting.chart.parent"));
        code.setId("chart-code");
        name.setId("chart-name");
        type.setId("chart-type");
        parent.setId("chart-parent");
        Button addButton = new Button(getTranslation("accounting.chart.add"), e -> addAccount());
        addButton.setId("chart-add");
        addButton.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(code, name, type, parent, addButton);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        problem.setVisible(false);
        add(form, problem, tree);
        setSizeFull();
        reload();
    }

    TreeGrid<Account> tree() {
        return tree;
    }

    void reload() {
        List<Account> accounts = chart.all();
        Map<String, Account> byCode = new HashMap<>();
        accounts.forEach(a -> byCode.put(a.code(), a));
        TreeData<Account> data = new TreeData<>();
        // parents before children: add roots, then each account under its parent in code order until all placed
        List<Account> pending = new java.util.ArrayList<>(accounts);
        while (!pending.isEmpty()) {
            int before = pending.size();
            pending.removeIf(a -> {
                Account p = a.parentCode() == null ? null : byCode.get(a.parentCode());
                if (p == null) {
                    data.addItem(null, a);
                    return true;
                }
                if (data.contains(p)) {
                    data.addItem(p, a);
                    return true;
                }
                return false;
            });
            if (pending.size() == before) { // a cycle cannot be stored, but never loop forever
                pending.forEach(a -> data.addItem(null, a));
                pending.clear();
            }
        }
        tree.setTreeData(data);
        tree.expandRecursively(data.getRootItems(), 5);
    }

    private Button toggle(Account account) {
        Button button = new Button(getTranslation(account.active() ? "accounting.chart.deactivate" : "accounting.chart.activate"),
                e -> {
                    try {
                        chart.setActive(account.code(), !account.active());
                        reload();
                    } catch (RuntimeException refused) {
                        Notifications.error(refused);
                    }
                });
        button.setEnabled(account.role() == null || !account.active());
        return button;
    }

    private void addAccount() {
        try {
            Account added = chart.add(code.getValue(), name.getValue(), type.getValue(), parent.getValue());
            problem.setVisible(false);
            Notifications.success(getTranslation("accounting.chart.added", added.code()));
            code.clear();
            name.clear();
            parent.clear();
            reload();
        } catch (RuntimeException refused) {
            Problem shown = Problem.of(refused);
            if (shown.unexpected()) {
                throw refused;
            }
            problem.show(shown);
            problem.setVisible(true);
        }
    }
}
