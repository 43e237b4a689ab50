package app.leadbrowser.ui.card;

import app.leadbrowser.ui.common.Texts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Why is this lead (not) in the list?": a collapsible section of the card with the verdict, each condition with a
 * tick or a cross, and the note when the list lags the card. Left open, it answers for every lead while walking.
 */
public final class LeadExplanationView {
    private static final String HOLDS = "✓";
    private static final String FAILS = "✗";
    private static final double MOST_HEIGHT = 220;

    private final LeadExplanationViewModel vm;
    private final VBox conditions = new VBox(4);
    private final TitledPane root;

    public LeadExplanationView(LeadExplanationViewModel vm) {
        this.vm = vm;
        Label verdict = new Label();
        verdict.setId("whyVerdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("text-bold");
        verdict.textProperty().bind(vm.verdictProperty());

        conditions.setId("whyConditions");
        vm.getRows().addListener((ListChangeListener<LeadExplanationViewModel.Row>) change -> fillConditions());
        fillConditions();
        ScrollPane scroll = new ScrollPane(conditions);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(MOST_HEIGHT);
        // as tall as the wrapped lines (a scroll pane asks its content for one line each), then it scrolls
        scroll.prefViewportHeightProperty().bind(conditions.heightProperty());
        scroll.getStyleClass().add("why-scroll");

        VBox box = new VBox(6, verdict, lagNote(), scroll);
        box.setPadding(new Insets(6));
        root = new TitledPane(Texts.get("explain.title"), box);
        root.setId("whyPane");
        root.setExpanded(false);
        root.setMinHeight(Region.USE_PREF_SIZE); // open, it keeps its lines; the tabs below give up the room
        root.setTooltip(new Tooltip(Texts.get("explain.tip")));
        root.expandedProperty().addListener((obs, old, expanded) -> {
            if (expanded) {
                vm.update(); // relative dates move with the clock: check again when the user looks
            }
        });
    }

    public Node getRoot() {
        return root;
    }

    private Node lagNote() {
        Label note = new Label();
        note.setId("whyLagNote");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.textProperty().bind(vm.lagNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button refresh = new Button(Texts.get("explain.refreshList"));
        refresh.setId("whyRefreshListButton");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setOnAction(event -> vm.refreshList());
        HBox box = new HBox(8, new Label("⚠"), note, refresh);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6));
        box.getStyleClass().add("why-lag-note");
        box.visibleProperty().bind(vm.lagNoteProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** One line per condition: a green tick or a red cross, then its sentence, wrapped. */
    private void fillConditions() {
        conditions.getChildren().clear();
        for (LeadExplanationViewModel.Row row : vm.getRows()) {
            Label mark = new Label(row.holds() ? HOLDS : FAILS);
            mark.getStyleClass().add(row.holds() ? "why-holds" : "why-fails");
            mark.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(row.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox line = new HBox(6, mark, text);
            line.getStyleClass().add("why-condition");
            conditions.getChildren().add(line);
        }
    }
}
