package app.leadbrowser.ui.shell;

import app.leadbrowser.client.filter.FilterJson;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** The left pane until the filter builder is plugged in: shows the filter the table applies, read-only. */
public final class PlaceholderFilterSlot {
    private PlaceholderFilterSlot() {}

    public static FilterSlot create(WorkspaceSession session) {
        Label title = new Label("Filter");
        title.setStyle("-fx-font-weight: bold;");
        TextArea applied = new TextArea();
        applied.setId("appliedFilterText");
        applied.setEditable(false);
        applied.setWrapText(true);
        applied.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> session.leadTable().filterProperty().get().isEmpty()
                                ? "All leads"
                                : FilterJson.write(
                                        session.leadTable().filterProperty().get()),
                        session.leadTable().filterProperty()));
        VBox box = new VBox(6, title, applied);
        box.setPadding(new Insets(8));
        return new FilterSlot(box, applied::requestFocus);
    }
}
