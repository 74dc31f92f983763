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
 * One column: a heading with the card count and the cards, or a hint when it has none. The whole
 * column is the drop target; while a card is dragged the columns are outlined and the one under the
 * pointer is highlighted ({@code kanban.css}, on the classes Flow's drag-and-drop connector sets).
 *
 * @param <T> the item type
 */
final class KanbanColumn<T> extends Composite<VerticalLayout> {

    private final String id;
    private final String label;
    private final Span count = new Span();
    private final Div body = new Div();
    private final Span empty = new Span();
    private final List<KanbanCard<T>> cards = new ArrayList<>();

    KanbanColumn(KanbanBoard<T> board, String id, String label) {
        this.id = id;
        this.label = label;
        VerticalLayout content = getContent();
        content.addClassName("tessera-kanban-column");
        content.setPadding(false);
        content.setSpacing(false);
        content.getElement().setAttribute("role", "region");
        content.getElement().setAttribute("aria-label", label);
        count.addClassName("tessera-kanban-count");
        H3 heading = new H3(label);
        Div header = new Div(heading, count);
        header.addClassName("tessera-kanban-column-header");
        body.addClassName("tessera-kanban-body");
        body.getElement().setAttribute("role", "list");
        empty.addClassName("tessera-kanban-empty");
        empty.setText(KitMessages.get("kit.kanban.empty"));
        DropTarget<VerticalLayout> target = DropTarget.create(content);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(data -> board.dropped(data, id)));
        content.add(header, empty, body);
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

    Span emptyHint() {
        return empty;
    }

    /** The drop target: the whole column. */
    VerticalLayout dropZone() {
        return getContent();
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
        empty.setVisible(cards.isEmpty());
        count.getElement().setAttribute("aria-label", KitMessages.get("kit.kanban.count", cards.size()));
    }
}
