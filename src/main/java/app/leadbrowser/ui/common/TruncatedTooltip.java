package app.leadbrowser.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * The whole text of a label or cell on hover, when its skin had to cut it short ("anna.schmidt@exa…"); no tooltip
 * when the text shows whole. Made on hover through {@link HoverTooltip}, so cells cost nothing until hovered.
 */
public final class TruncatedTooltip {
    private TruncatedTooltip() {}

    /** Gives {@code labeled} its whole text as a tooltip whenever it shows cut short. */
    public static void install(Labeled labeled) {
        HoverTooltip.install(labeled, () -> isTruncated(labeled) ? labeled.getText() : "");
    }

    /** Makes {@code column}'s cells plain text cells that show their whole text on hover when cut short. */
    public static <S> void onCells(TableColumn<S, String> column) {
        column.setCellFactory(ignored -> {
            TableCell<S, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            install(cell);
            return cell;
        });
    }

    /** Whether the text the skin shows differs from the whole text (an ellipsis replaced its end or middle). */
    static boolean isTruncated(Labeled labeled) {
        String whole = labeled.getText();
        if (whole == null || whole.isEmpty()) {
            return false;
        }
        Node shown = labeled.lookup(".text"); // the skin's Text node holds what is drawn
        return shown instanceof Text text && !whole.equals(text.getText());
    }
}
