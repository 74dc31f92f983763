package io.tessera.ui.kit.kanban;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import io.tessera.ui.kit.i18n.KitMessages;

/**
 * One draggable card, with a keyboard-reachable "Move to" button that opens a dialog listing the
 * other columns. The button is a plain {@code <button>} and the dialog is built only when opened, so
 * a card costs little server memory (a menu bar per card cost ~90 KB; see the kit's benchmark).
 *
 * @param <T> the item type
 */
final class KanbanCard<T> extends Composite<Div> {

    private final KanbanBoard<T> board;
    private final T item;
    private final NativeButton moveButton = new NativeButton("⋯");
    private String columnId;

    KanbanCard(KanbanBoard<T> board, T item, String columnId) {
        this.board = board;
        this.item = item;
        this.columnId = columnId;
        Div content = getContent();
        content.addClassName("tessera-kanban-card");
        content.getElement().setAttribute("role", "listitem");
        Span title = new Span(board.titleOf(item));
        title.addClassName("tessera-kanban-card-title");
        String label = KitMessages.get("kit.kanban.move", board.titleOf(item));
        moveButton.getElement().setAttribute("aria-label", label);
        moveButton.getElement().setAttribute("title", label);
        moveButton.getElement().setAttribute("aria-haspopup", "dialog");
        moveButton.addClassName("tessera-kanban-move");
        moveButton.addClickListener(e -> new MoveDialog<>(board, this).open());
        Div header = new Div(title, moveButton);
        header.addClassName("tessera-kanban-card-header");
        content.add(header);
        Component details = board.detailsOf(item);
        if (details != null) {
            content.add(details);
        }
        DragSource<Div> source = DragSource.create(content);
        source.setDragData(item);
        source.setEffectAllowed(EffectAllowed.MOVE);
    }

    T item() {
        return item;
    }

    String columnId() {
        return columnId;
    }

    void setColumnId(String columnId) {
        this.columnId = columnId;
    }

    NativeButton moveButton() {
        return moveButton;
    }
}
