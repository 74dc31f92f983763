package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.tessera.plugins.accounting.ledger.EntryView;
import io.tessera.plugins.accounting.ledger.Journal;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import io.tessera.ui.kit.notify.Notifications;
import java.util.List;
import java.util.function.Function;

/** Posted entries and drafts, newest first, paged: post a draft, reverse a posted entry. */
public class JournalView extends VerticalLayout {

    private final Journal journal;
    private final Select<String> state = new Select<>();
    private final EntityGrid<Journal.Row> grid;

    /**
     * The view as the shell creates it.
     *
     * @param journal the journal
     */
    public JournalView(Journal journal) {
        this.journal = journal;
        add(new H2(getTranslation("accounting.journal.title")));
        state.setLabel(getTranslation("accounting.journal.state"));
        state.setItems("POSTED", "DRAFT");
        state.setItemLabelGenerator(s -> getTranslation("accounting.state." + s.toLowerCase()));
        state.setValue("POSTED");
        grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<Journal.Row> fetch(EntityQuery query) {
                return journal.page(state.getValue(), query.offset(), query.limit());
            }

            @Override
            public long count(String filter) {
                return journal.count(state.getValue());
            }
        });
        grid.addFilter(state);
        grid.getSearchField().setVisible(false); // entries are listed by date; there is no text search
        state.addValueChangeListener(e -> grid.refresh());
        grid.addColumn(getTranslation("accounting.journal.date"), Journal.Row::date, null);
        grid.addColumn(getTranslation("accounting.journal.description"), Journal.Row::description, null);
        grid.getGrid().addComponentColumn(this::actions).setHeader(getTranslation("accounting.journal.actions"));
        grid.getGrid().setId("journal-grid");
        add(grid);
        setSizeFull();
    }

    private HorizontalLayout actions(Journal.Row row) {
        if ("DRAFT".equals(row.state())) {
            return new HorizontalLayout(action("accounting.journal.post", row, journal::post, "accounting.journal.postedOk"));
        }
        return new HorizontalLayout(action("accounting.journal.reverse", row, journal::reverse, "accounting.journal.reversedOk"));
    }

    private Button action(String label, Journal.Row row, Function<java.util.UUID, EntryView> call, String done) {
        return new Button(getTranslation(label), e -> {
            try {
                EntryView result = call.apply(row.id());
                Notifications.success(getTranslation(done, result.date().toString()));
                grid.refresh();
            } catch (RuntimeException refused) {
                Notifications.error(refused);
            }
        });
    }
}
