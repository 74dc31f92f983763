package io.tessera.ui.kit.kanban;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.tessera.ui.kit.i18n.KitMessages;
import io.tessera.ui.kit.notify.Notifications;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kanban board: columns of cards, one card per item.
 *
 * <p>A card is moved by dragging it onto another column (Flow's {@code DragSource}/{@code DropTarget},
 * handled on the server) or, from the keyboard, with the card's "Move to" button, which opens a
 * dialog of the other columns. Either way the
 * {@link MoveHandler} decides: when it refuses (returns {@code false}) or throws, the card stays in
 * its column and the user is told why; when it accepts, the card moves. The board remembers each
 * item's column from then on.
 *
 * <pre>{@code
 * KanbanBoard<Deal> board = new KanbanBoard<>(deal -> deal.getStage().name(), Deal::getName);
 * for (Stage stage : Stage.values()) board.addColumn(stage.name(), getTranslation(stage.labelKey()));
 * board.setCardRenderer(deal -> new Span(format(deal.getAmount())));
 * board.setMoveHandler((deal, from, to) -> deals.moveTo(deal.getId(), Stage.valueOf(to)));
 * board.setItems(deals.open());
 * }</pre>
 *
 * @param <T> the item type; items are told apart by {@code equals}
 */
public class KanbanBoard<T> extends Composite<HorizontalLayout> {

    private final Function<T, String> initialColumn;
    private final Function<T, String> title;
    private final Map<String, KanbanColumn<T>> columns = new LinkedHashMap<>();
    private final Map<T, KanbanCard<T>> cards = new LinkedHashMap<>();
    private Function<T, Component> cardRenderer = item -> null;
    private MoveHandler<T> moveHandler = (item, from, to) -> true;

    /**
     * An empty board.
     *
     * @param columnOf the id of the column an item starts in
     * @param title    an item's card title (plain text), also used in menus and messages
     */
    public KanbanBoard(Function<T, String> columnOf, Function<T, String> title) {
        this.initialColumn = Objects.requireNonNull(columnOf, "columnOf");
        this.title = Objects.requireNonNull(title, "title");
        getContent().setWidthFull();
        getContent().setSpacing(false);
        getContent().addClassName("tessera-kanban");
        getContent().getStyle().set("overflow-x", "auto");
        getContent().getElement().appendChild(KanbanStyles.element());
    }

    /**
     * Adds a column at the right.
     *
     * @param id    the column id that {@code columnOf} and the move handler use
     * @param label the heading (already translated)
     * @throws IllegalArgumentException if the id is already taken
     */
    public void addColumn(String id, String label) {
        if (columns.containsKey(id)) {
            throw new IllegalArgumentException("Column '" + id + "' exists already");
        }
        KanbanColumn<T> column = new KanbanColumn<>(this, id, label);
        columns.put(id, column);
        getContent().add(column);
    }

    /**
     * Sets what a card shows under its title.
     *
     * @param renderer builds the card's details for an item; may return {@code null} for none
     */
    public void setCardRenderer(Function<T, Component> renderer) {
        this.cardRenderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * Sets the handler that accepts or refuses moves. By default every move is accepted.
     *
     * @param handler the handler
     */
    public void setMoveHandler(MoveHandler<T> handler) {
        this.moveHandler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Replaces the cards with the given items, each in the column {@code columnOf} names.
     *
     * @param items the items
     * @throws IllegalArgumentException if an item names an unknown column
     */
    public void setItems(Collection<T> items) {
        columns.values().forEach(KanbanColumn::clear);
        cards.clear();
        for (T item : items) {
            String columnId = initialColumn.apply(item);
            KanbanColumn<T> column = columns.get(columnId);
            if (column == null) {
                throw new IllegalArgumentException("Item '" + title.apply(item) + "' names unknown column '" + columnId + "'");
            }
            KanbanCard<T> card = new KanbanCard<>(this, item, columnId);
            cards.put(item, card);
            column.addCard(card);
        }
    }

    /**
     * Moves an item to a column through the move handler, as a drop or the card's menu does.
     *
     * @param item     an item on the board
     * @param columnId the target column
     * @return whether the item is now in that column
     * @throws IllegalArgumentException if the item is not on the board or the column is unknown
     */
    public boolean move(T item, String columnId) {
        KanbanCard<T> card = cards.get(item);
        KanbanColumn<T> target = columns.get(columnId);
        if (card == null || target == null) {
            throw new IllegalArgumentException("No card '" + item + "' or column '" + columnId + "' on this board");
        }
        String from = card.columnId();
        if (from.equals(columnId)) {
            return true;
        }
        boolean accepted;
        try {
            accepted = moveHandler.move(item, from, columnId);
        } catch (RuntimeException e) {
            Notifications.error(e);
            return false;
        }
        if (!accepted) {
            Notifications.error(KitMessages.get("kit.kanban.refused", title.apply(item), target.label()));
            return false;
        }
        columns.get(from).removeCard(card);
        card.setColumnId(columnId);
        target.addCard(card);
        return true;
    }

    /**
     * The column an item is in now.
     *
     * @param item an item
     * @return the column id, or empty when the item is not on the board
     */
    public Optional<String> columnOf(T item) {
        return Optional.ofNullable(cards.get(item)).map(KanbanCard::columnId);
    }

    /**
     * The items of a column, top to bottom.
     *
     * @param columnId the column id
     * @return the items
     */
    public List<T> itemsIn(String columnId) {
        KanbanColumn<T> column = columns.get(columnId);
        return column == null ? List.of() : column.items();
    }

    /** Called when a card was dropped on a column body; drops of foreign components are ignored. */
    void dropped(Object dragData, String columnId) {
        cards.keySet().stream().filter(item -> item.equals(dragData)).findFirst().ifPresent(item -> move(item, columnId));
    }

    Collection<KanbanColumn<T>> columns() {
        return columns.values();
    }

    String titleOf(T item) {
        return title.apply(item);
    }

    Component detailsOf(T item) {
        return cardRenderer.apply(item);
    }
}
