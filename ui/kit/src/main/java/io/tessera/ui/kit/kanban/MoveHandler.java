package io.tessera.ui.kit.kanban;

/**
 * Decides whether a card may move, and performs the move (e.g. changes a deal's stage in one
 * transaction). Called on the request thread, in the tenant's scope.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface MoveHandler<T> {

    /**
     * Moves an item, or refuses.
     *
     * @param item the item
     * @param from the id of the column it is in
     * @param to   the id of the column it should go to
     * @return {@code true} to accept (the card moves), {@code false} to refuse (the card stays and the
     *         user is told); an exception also refuses, and is shown as a problem
     */
    boolean move(T item, String from, String to);
}
