package app.leadbrowser.ui.card;

import app.leadbrowser.ui.common.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The card's "Why?" tab: the verdict, each condition with a tick or a cross, and the note when the list lags. */
public final class LeadExplanationView {
    private static final String HOLDS = "✓";
    private static final String FAILS = "✗";

    private final Tab tab;

    public LeadExplanationView(LeadExplanationViewModel vm) {
        Label title = new Label(Texts.get("explain.title"));
        title.setFont(Font.font(null, FontWeight.BOLD, 13));

        Label verdict = new Label();
        verdict.setId("whyVerdict");
        verdict.setWrapText(true);
        verdict.textProperty().bind(vm.verdictProperty());

        ListView<LeadExplanationViewModel.Row> conditions = new ListView<>(vm.getRows());
        conditions.setId("whyConditions");
        conditions.setCellFactory(ignored -> new RowCell());
        conditions.setFocusTraversable(true);
        VBox.setVgrow(conditions, Priority.ALWAYS);

        Label note = new Label();
        note.setId("whyLagNote");
        note.setWrapText(true);
        note.textProperty().bind(vm.lagNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        note.setMaxWidth(Double.MAX_VALUE);
        Button refresh = new Button(Texts.get("explain.refreshList"));
        refresh.setId("whyRefreshListButton");
        refresh.setOnAction(event -> vm.refreshList());
        HBox noteBox = new HBox(8, new Label("⚠"), note, refresh);
        noteBox.setAlignment(Pos.CENTER_LEFT);
        noteBox.setPadding(new Insets(6));
        noteBox.setStyle("-fx-background-color: #fff4e5; -fx-border-color: #f0c987;");
        noteBox.visibleProperty().bind(vm.lagNoteProperty().isNotEmpty());
        noteBox.managedProperty().bind(noteBox.visibleProperty());

        VBox box = new VBox(6, title, verdict, noteBox, conditions);
        box.setPadding(new Insets(6, 0, 0, 0));
        tab = new Tab(Texts.get("explain.tab"), box);
        tab.setId("whyTab");
        tab.setTooltip(new Tooltip(Texts.get("explain.tabTip")));
        tab.selectedProperty().addListener((obs, old, selected) -> {
            if (selected) {
                vm.update(); // relative dates move with the clock: check again when the user looks
            }
        });
    }

    public Tab getTab() {
        return tab;
    }

    /** A condition: a green tick or a red cross, then its sentence, wrapped to the list's width. */
    private static final class RowCell extends ListCell<LeadExplanationViewModel.Row> {
        @Override
        protected void updateItem(LeadExplanationViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label mark = new Label(row.holds() ? HOLDS : FAILS);
            mark.getStyleClass().add(row.holds() ? "why-holds" : "why-fails");
            mark.setStyle("-fx-font-weight: bold; -fx-text-fill: " + (row.holds() ? "#2e7d32" : "#b3261e") + ";");
            Label text = new Label(row.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(6, mark, text);
            line.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            setText(null);
            setGraphic(line);
        }
    }
}
