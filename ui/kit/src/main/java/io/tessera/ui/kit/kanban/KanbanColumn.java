package io.tessera.ui.kit.kanban;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.ui.kit.i18n.KitMessages;
import java.util.ArrayList;
import java.util.List;

/**
 * One column: a heading with the card count, and a drop target holding the cards.
 *
 * @param <T> the item type
 */
final class KanbanColumn<T> extends Composite<VerticalLayout> {

    private final String id;
    private final String label;
    private final Span count = new Span();
    private final Div body = new Div();
    private final List<KanbanCard<T>> cards = new ArrayList<>();

    KanbanColumn(KanbanBoard<T> board, String id, String label) {
        this.id = id;
        this.label = label;
        VerticalLayout content = getContent();
        content.addClassName("tessera-kanban-column");
        content.setWidth("16rem");
        content.getStyle().set("flex-shrink", "0").set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        content.getElement().setAttribute("role", "region");
        content.getElement().setAttribute("aria-label", label);
        count.getElement().getThemeList().add("badge");
        H3 heading = new H3(label);
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        Div header = new Div(heading, count);
        header.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        body.setWidthFull();
        body.getStyle().set("min-height", "6rem").set("display", "flex").set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)");
        body.getElement().setAttribute("role", "list");
        DropTarget<Div> target = DropTarget.create(body);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(data -> board.dropped(data, id)));
        content.add(header, body);
        updateCount();
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    Div body() {
        return body;
    }

    void addCard(KanbanCard<T> card) {
        cards.add(card);
        body.add(card);
        updateCount();
    }

    void removeCard(KanbanCard<T> card) {
        cards.remove(card);
        body.remove(card);
        updateCount();
    }

    void clear() {
        cards.clear();
        body.removeAll();
        updateCount();
    }

    List<T> items() {
        return cards.stream().map(KanbanCard::item).toList();
    }

    private void updateCount() {
        count.setText(String.valueOf(cards.size()));
        count.getElement().setAttribute("aria-label", KitMessages.get("kit.kanban.count", cards.size()));
    }
}
