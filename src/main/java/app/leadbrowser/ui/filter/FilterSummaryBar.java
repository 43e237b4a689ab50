package app.leadbrowser.ui.filter;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The line above the lead table: binds a {@link FilterSummaryViewModel}. */
public final class FilterSummaryBar {
    private final VBox root = new VBox(2);

    public FilterSummaryBar(FilterSummaryViewModel vm) {
        root.setId("filterSummaryBar");
        root.getStyleClass().add("filter-summary-bar");
        root.getStylesheets()
                .add(FilterSummaryBar.class.getResource("filter-panel.css").toExternalForm());
        Label summary = label("filterSummary", vm.summaryProperty().getValue());
        summary.textProperty().bind(vm.summaryProperty());
        summary.setTooltip(new Tooltip());
        summary.getTooltip().textProperty().bind(vm.summaryProperty());
        Label warning = label("filterContradiction", "");
        warning.textProperty().bind(vm.warningProperty());
        warning.setWrapText(true);
        warning.getStyleClass().add("filter-warning");
        Label combined = label("filterCombined", "");
        combined.textProperty().bind(vm.combinedNoteProperty());
        combined.getStyleClass().add("filter-muted");
        root.getChildren().addAll(summary, warning, combined);
    }

    public Node getRoot() {
        return root;
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setMinWidth(0); // a long filter is cut short; the tooltip has all of it
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
