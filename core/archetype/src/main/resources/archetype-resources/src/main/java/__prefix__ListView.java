package ${package};

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import java.util.List;

/** The entries, newest first, in a lazy grid (one page per fetch); a row opens the form. */
public class ${prefix}ListView extends VerticalLayout {

    /**
     * Created by the shell.
     *
     * @param entries the entries
     */
    public ${prefix}ListView(${prefix}Service entries) {
        setSizeFull();
        TenantFormat format = TenantFormat.current();
        EntityGrid<${prefix}View> grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<${prefix}View> fetch(EntityQuery query) {
                return entries.slice(query.offset(), query.limit());
            }

            @Override
            public long count(String filter) {
                return entries.count();
            }
        });
        grid.setId("${id}-grid");
        grid.addColumn(getTranslation("${id}.field.title"), ${prefix}View::title);
        grid.addColumn(getTranslation("${id}.field.createdAt"), e -> format.dateTime(e.createdAt()));
        grid.getGrid().addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(${prefix}Ui.FORM + "/" + e.getItem().id())));
        add(new H2(getTranslation("${id}.list.title")), new Anchor(${prefix}Ui.FORM + "/new", getTranslation("${id}.list.new")), grid);
    }
}
