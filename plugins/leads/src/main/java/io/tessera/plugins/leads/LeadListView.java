package io.tessera.plugins.leads;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.tessera.plugins.leads.LeadService.Filter;
import io.tessera.plugins.leads.LeadViews.LeadView;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import java.util.List;

/** The lead list: lazy grid, newest first, searching name/email/company, filtered by status; a row opens the lead. */
public class LeadListView extends VerticalLayout {

    private final Select<LeadStatus> status = new Select<>();

    /**
     * Created by the shell.
     *
     * @param leads the lead service
     */
    public LeadListView(LeadService leads) {
        setSizeFull();
        status.setLabel(getTranslation("leads.field.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("leads.filter.any"));
        status.setItems(LeadStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("leads.filter.any")
                : getTranslation("leads.status." + s.apiName()));
        EntityGrid<LeadView> grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<LeadView> fetch(EntityQuery query) {
                return leads.slice(filter(), query.filter(), query.offset(), query.limit());
            }

            @Override
            public long count(String text) {
                return leads.count(filter(), text);
            }
        });
        grid.setId("lead-grid");
        grid.enableCsvExport("leads.csv").setId("lead-csv");
        grid.addColumn(getTranslation("leads.field.name"), LeadView::name);
        grid.addColumn(getTranslation("leads.field.company"), LeadView::company);
        grid.addColumn(getTranslation("leads.field.email"), LeadView::email);
        grid.addColumn(getTranslation("leads.field.source"), LeadView::source);
        grid.addColumn(getTranslation("leads.field.score"), LeadView::score);
        grid.addColumn(getTranslation("leads.field.status"), l -> getTranslation("leads.status." + l.status()));
        grid.addFilter(status).addValueChangeListener(e -> grid.refresh());
        grid.getGrid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(LeadsUi.DETAIL + "/" + e.getItem().id())));
        add(new H2(getTranslation("leads.list.title")), grid);
    }

    private Filter filter() {
        return new Filter(status.getValue(), null, null);
    }
}
