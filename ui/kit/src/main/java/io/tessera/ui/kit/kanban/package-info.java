/**
 * {@link io.tessera.ui.kit.kanban.KanbanBoard}: columns of cards moved with Flow's server-side
 * drag-and-drop API or, without a mouse, with each card's "Move to" button (a dialog of the other
 * columns); a move handler may refuse a move, and the card then stays where it was.
 */
package io.tessera.ui.kit.kanban;
