package io.tessera.ui.kit.kanban;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.tessera.ui.kit.i18n.KitMessages;

/**
 * The keyboard alternative to dragging: a modal dialog with one button per other column (focus is
 * trapped in it; Escape closes it). Built when the card's move button is pressed.
 *
 * @param <T> the item type
 */
final class MoveDialog<T> extends Dialog {

    MoveDialog(KanbanBoard<T> board, KanbanCard<T> card) {
        setHeaderTitle(KitMessages.get("kit.kanban.move", board.titleOf(card.item())));
        VerticalLayout targets = new VerticalLayout();
        targets.setPadding(false);
        for (KanbanColumn<T> column : board.columns()) {
            if (!column.id().equals(card.columnId())) {
                Button target = new Button(column.label(), e -> {
                    close();
                    board.move(card.item(), column.id());
                });
                target.setWidthFull();
                targets.add(target);
            }
        }
        add(targets);
        Button cancel = new Button(KitMessages.get("kit.form.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                removeFromParent();
            }
        });
    }
}
