package app.leadbrowser.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/** Small pieces the windows and tables of the app share. */
public final class FxWindows {
    private FxWindows() {}

    /** Escape closes {@code stage} (its scene must be set), whichever control has the focus. */
    public static void closeOnEscape(Stage stage) {
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
                event.consume();
            }
        });
    }

    /** A read-only text column of {@code width} showing {@code value} of each row. */
    public static <S> TableColumn<S, String> textColumn(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        return column;
    }
}
