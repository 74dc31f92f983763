package io.tessera.ui.app.parties;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.sdk.web.ApiProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A titled list of rows of fields (a party's addresses or contact points) with "add" and per-row "remove" buttons;
 * an error the API reports for {@code <property>[i].<field>} is shown on that row's field.
 *
 * @param <T> the value of one row
 */
abstract class RowEditor<T> extends VerticalLayout {

    /** One row's fields by the API's field name, and how to read them. */
    abstract static class Row<T> {
        final Map<String, Component> fields = new LinkedHashMap<>();

        abstract T value();
    }

    private final String property;
    private final VerticalLayout rows = new VerticalLayout();
    private final Paragraph empty;
    private final List<Row<T>> current = new ArrayList<>();

    RowEditor(String property, String title, String emptyText, String addLabel) {
        this.property = property;
        setPadding(false);
        rows.setPadding(false);
        empty = new Paragraph(emptyText);
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId(property + "-add");
        add(new H3(title), empty, rows, add);
    }

    /** Builds a row's fields, filled from a value or empty. */
    abstract Row<T> newRow(T value);

    /** The rows' values. */
    List<T> values() {
        return current.stream().map(Row::value).toList();
    }

    /** Replaces the rows. */
    void setValues(List<T> values) {
        current.clear();
        rows.removeAll();
        values.forEach(this::addRow);
        empty.setVisible(current.isEmpty());
    }

    /** The rows added so far, for tests and the view. */
    int size() {
        return current.size();
    }

    /** The field of a row by its API name. */
    Component field(int row, String name) {
        return current.get(row).fields.get(name);
    }

    /** Marks the fields an API problem names ({@code property[i].field}). */
    void showErrors(ApiProblem problem) {
        current.forEach(r -> r.fields.values().forEach(f -> {
            if (f instanceof HasValidation v) {
                v.setInvalid(false);
            }
        }));
        String prefix = property + "[";
        for (ApiProblem.FieldError error : problem.errors()) {
            if (!error.field().startsWith(prefix)) {
                continue;
            }
            int close = error.field().indexOf("].", prefix.length());
            if (close < 0) {
                continue;
            }
            int index = Integer.parseInt(error.field().substring(prefix.length(), close));
            String name = error.field().substring(close + 2);
            if (index < current.size() && current.get(index).fields.get(name) instanceof HasValidation v) {
                v.setErrorMessage(error.message());
                v.setInvalid(true);
            }
        }
    }

    private void addRow(T value) {
        Row<T> row = newRow(value);
        current.add(row);
        FormLayout layout = new FormLayout();
        row.fields.values().forEach(layout::add);
        Button remove = new Button(getTranslation("parties.form.remove"), VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        layout.add(remove);
        remove.addClickListener(e -> {
            current.remove(row);
            rows.remove(layout);
            empty.setVisible(current.isEmpty());
        });
        rows.add(layout);
        empty.setVisible(false);
    }
}
