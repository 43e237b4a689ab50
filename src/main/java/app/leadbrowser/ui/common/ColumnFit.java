package app.leadbrowser.ui.common;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** A table column kept as wide as its widest text, header included, so that none of it is cut short. */
public final class ColumnFit {
    /** The cell's padding and the header's sort arrow. */
    private static final double EXTRA = 28;
    /** The theme's table text runs up to this much wider than the default font measured here. */
    private static final double THEME_SCALE = 1.15;

    private ColumnFit() {}

    /** Sizes {@code column} to the widest of its title and {@code text} of each item, again when the items change. */
    public static <S> void toText(TableColumn<S, ?> column, ObservableList<S> items, Function<S, String> text) {
        Runnable fit = () -> {
            double widest = width(column.getText());
            for (S item : items) {
                widest = Math.max(widest, width(text.apply(item)));
            }
            double wanted = Math.ceil(widest * THEME_SCALE + EXTRA);
            column.setMinWidth(wanted);
            column.setPrefWidth(wanted);
        };
        items.addListener((InvalidationListener) changed -> fit.run());
        fit.run();
    }

    private static double width(String text) {
        return text == null ? 0 : new Text(text).getLayoutBounds().getWidth();
    }
}
