package io.tessera.ui.kit.kanban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dnd.DropEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ViewPackages(packages = "io.tessera.ui.kit.kanban")
class KanbanBoardTest extends BrowserlessTest {

    record Deal(String name, String stage) {
    }

    record Move(Deal deal, String from, String to) {
    }

    KanbanBoard<Deal> board;
    List<Move> moves = new ArrayList<>();
    Deal acme = new Deal("Acme", "new");
    Deal globex = new Deal("Globex", "new");
    Deal initech = new Deal("Initech", "won");

    @BeforeEach
    void showBoard() {
        board = new KanbanBoard<>(Deal::stage, Deal::name);
        board.addColumn("new", "New");
        board.addColumn("qualified", "Qualified");
        board.addColumn("won", "Won");
        board.setCardRenderer(deal -> new Span("stage " + deal.stage()));
        board.setMoveHandler((deal, from, to) -> {
            moves.add(new Move(deal, from, to));
            if (to.equals("won") && from.equals("new")) {
                return false;
            }
            if (deal.equals(initech)) {
                throw new IllegalStateException("database is down");
            }
            return true;
        });
        board.setItems(List.of(acme, globex, initech));
        UI.getCurrent().add(board);
    }

    KanbanCard<?> card(Deal deal) {
        return find(KanbanCard.class).all().stream().filter(c -> c.item().equals(deal)).findFirst().orElseThrow();
    }

    KanbanColumn<?> column(String id) {
        return find(KanbanColumn.class).all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    void drag(Deal deal, String columnId) {
        KanbanCard<?> card = card(deal);
        VerticalLayout zone = column(columnId).dropZone();
        UI.getCurrent().getInternals().setActiveDragSourceComponent(card.getContent());
        ComponentUtil.fireEvent(zone, new DropEvent<>(zone, true, "move"));
        UI.getCurrent().getInternals().setActiveDragSourceComponent(null);
    }

    @Test
    void itemsStartInTheirColumnsWithCountsAndDetails() {
        assertThat(board.itemsIn("new")).containsExactly(acme, globex);
        assertThat(board.itemsIn("won")).containsExactly(initech);
        assertThat(column("new").getElement().getTextRecursively()).contains("New").contains("2");
        assertThat(card(acme).getElement().getTextRecursively()).contains("Acme").contains("stage new");
        assertThat(card(acme).getElement().getProperty("draggable", false)).isTrue();
        assertThat(column("won").getElement().getAttribute("aria-label")).isEqualTo("Won");
        assertThatThrownBy(() -> board.setItems(List.of(new Deal("X", "lost")))).hasMessageContaining("unknown column 'lost'");
    }

    @Test
    void aDropMovesTheCardWhenTheHandlerAccepts() {
        drag(acme, "qualified");

        assertThat(moves).containsExactly(new Move(acme, "new", "qualified"));
        assertThat(board.itemsIn("qualified")).containsExactly(acme);
        assertThat(board.itemsIn("new")).containsExactly(globex);
        assertThat(board.columnOf(acme)).contains("qualified");
        assertThat(card(acme).getParent().orElseThrow()).isSameAs(column("qualified").body());

        drag(acme, "qualified");
        assertThat(moves).as("dropping on its own column asks nothing").hasSize(1);
    }

    @Test
    void aRefusedOrFailedMoveLeavesTheCardWhereItWasAndSaysWhy() {
        drag(globex, "won");
        assertThat(moves).containsExactly(new Move(globex, "new", "won"));
        assertThat(board.itemsIn("new")).containsExactly(acme, globex);
        assertThat(board.itemsIn("won")).containsExactly(initech);
        roundTrip();
        assertThat(find(Notification.class).all().getLast().getElement().getTextRecursively())
                .contains("“Globex” cannot be moved to Won.");

        assertThat(board.move(initech, "new")).isFalse();
        assertThat(board.itemsIn("won")).containsExactly(initech);
        roundTrip();
        assertThat(find(Notification.class).all().getLast().getElement().getTextRecursively())
                .contains("Something went wrong").doesNotContain("database is down");
    }

    @Test
    void theCardsMoveButtonOpensADialogOfTheOtherColumnsForKeyboardUsers() {
        NativeButton move = card(globex).moveButton();
        assertThat(move.getElement().getAttribute("aria-label")).isEqualTo("Move “Globex” to…");

        test(move).click();
        Dialog dialog = find(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Move “Globex” to…");
        assertThat(find(Button.class, dialog).all()).extracting(Button::getText)
                .containsExactly("Qualified", "Won", "Cancel");

        test(find(Button.class, dialog).withText("Qualified").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(board.itemsIn("qualified")).containsExactly(globex);
        test(card(globex).moveButton()).click();
        assertThat(find(Button.class, find(Dialog.class).single()).all()).extracting(Button::getText)
                .containsExactly("New", "Won", "Cancel");
    }

    @Test
    void theWholeColumnIsTheDropTargetAndAnEmptyColumnSaysWhatToDo() {
        assertThat(column("qualified").dropZone().getElement().getProperty("__active", false))
                .as("the column, not only its card list, accepts drops").isTrue();
        assertThat(column("qualified").dropZone().getClassNames()).contains("tessera-kanban-column");
        assertThat(empty("qualified").isVisible()).isTrue();
        assertThat(empty("qualified").getText()).isEqualTo("Nothing here yet: drop a card here.");
        assertThat(empty("new").isVisible()).isFalse();

        drag(acme, "qualified");
        drag(globex, "qualified");
        assertThat(board.itemsIn("qualified")).containsExactly(acme, globex);
        assertThat(empty("qualified").isVisible()).isFalse();
        assertThat(empty("new").isVisible()).isTrue();
    }

    @Test
    void theBoardStylesItselfWithTheActiveThemesTokensNotLumos() {
        String css = KanbanStyles.CSS;
        assertThat(css).doesNotContain("--lumo-")
                .contains("--vaadin-background-color").contains("--aura-accent-color")
                .contains(".tessera-kanban-column.v-drag-over-target").contains(".tessera-kanban-card.v-dragged");
        assertThat(board.getElement().getChildren().filter(e -> e.getTag().equals("style")).count()).isEqualTo(1);
        assertThat(board.getElement().toString()).doesNotContain("--lumo-");
    }

    Span empty(String columnId) {
        return column(columnId).emptyHint();
    }

    @Test
    void foreignDropsAreIgnored() {
        Div stranger = new Div();
        UI.getCurrent().add(stranger);
        com.vaadin.flow.component.dnd.DragSource.create(stranger).setDragData("not a deal");
        VerticalLayout zone = column("won").dropZone();
        UI.getCurrent().getInternals().setActiveDragSourceComponent(stranger);
        ComponentUtil.fireEvent(zone, new DropEvent<>(zone, true, "move"));

        assertThat(moves).isEmpty();
        assertThat(board.itemsIn("won")).containsExactly(initech);
    }
}
