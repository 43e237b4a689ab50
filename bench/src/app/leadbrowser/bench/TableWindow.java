package app.leadbrowser.bench;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The least a window of leads can be: the app's AtlantaFX theme and a plain TableView of 20 rows × 9 text columns,
 * with no app code, data, network or other panes; reports its first frame as {@link BareWindow} does.
 */
public final class TableWindow {
    private static final int ROWS = 20;
    private static final int COLUMNS = 9;

    private TableWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            TableView<String[]> table = new TableView<>();
            for (int c = 0; c < COLUMNS; c++) {
                int column = c;
                TableColumn<String[], String> tableColumn = new TableColumn<>("Column " + c);
                tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[column]));
                table.getColumns().add(tableColumn);
            }
            ObservableList<String[]> rows = FXCollections.observableArrayList();
            for (int r = 0; r < ROWS; r++) {
                String[] row = new String[COLUMNS];
                for (int c = 0; c < COLUMNS; c++) {
                    row[c] = "lead " + r + ", value " + c;
                }
                rows.add(row);
            }
            table.setItems(rows);
            BareWindow.showAndReportFirstFrame(stage, new Scene(new BorderPane(table), 1280, 800));
        }
    }
}
