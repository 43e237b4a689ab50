package app.leadbrowser.ui.card;

import app.leadbrowser.ui.common.CursorTabViewModel;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.looks.Icons;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The lead's history under the per-type table of the Events tab: a list of events, newest first, that asks for
 * older ones when scrolled near its end; a failure shows inline with Retry, an empty history says so.
 */
public final class EventTimelineView {
    /** How close to the end (in rows) the list asks for the next page. */
    private static final int LOAD_AHEAD = 5;

    private EventTimelineView() {}

    /** {@code perType} above the timeline of {@code vm}, which loads while {@code shown} is true. */
    public static Node below(
            Node perType, CursorTabViewModel<TimelineEventViewModel> vm, ObservableBooleanValue shown) {
        vm.setActive(shown.get());
        shown.addListener((obs, was, now) -> vm.setActive(now));
        SplitPane split = new SplitPane(perType, timeline(vm));
        split.setId("eventsSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        return split;
    }

    private static Node timeline(CursorTabViewModel<TimelineEventViewModel> vm) {
        Label title = new Label(Texts.get("timeline.title"));
        title.getStyleClass().add("text-bold");

        ListView<TimelineEventViewModel> list = new ListView<>(vm.getRows());
        list.setId("eventTimeline");
        list.setCellFactory(ignored -> new EventCell(vm));
        list.setPlaceholder(placeholder(vm));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label loadingMore = new Label(Texts.get("timeline.loadingMore"));
        loadingMore.setId("timelineLoadingMore");
        loadingMore.getStyleClass().add("text-muted");
        loadingMore
                .visibleProperty()
                .bind(vm.loadingProperty().and(javafx.beans.binding.Bindings.isNotEmpty(list.getItems())));
        loadingMore.managedProperty().bind(loadingMore.visibleProperty());

        VBox box = new VBox(6, title, errorBar(vm), list, loadingMore);
        box.setId("eventTimelineBox");
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static Node errorBar(CursorTabViewModel<TimelineEventViewModel> vm) {
        Label message = new Label();
        message.setId("timelineError");
        message.setWrapText(true);
        message.getStyleClass().add("danger");
        message.textProperty().bind(vm.errorMessageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button retry = Icons.RETRY.on(new Button(Texts.get("common.retry")));
        retry.setId("timelineRetryButton");
        retry.setTooltip(new javafx.scene.control.Tooltip(Texts.get("help.tip.retryTimeline")));
        retry.setOnAction(event -> vm.retry());
        HBox bar = new HBox(8, message, retry);
        bar.getStyleClass().add("error-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private static Node placeholder(CursorTabViewModel<TimelineEventViewModel> vm) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("timelineProgress");
        progress.setMaxSize(28, 28);
        progress.visibleProperty().bind(vm.loadingProperty());
        Label empty = new Label();
        empty.setId("timelineEmpty");
        empty.textProperty().bind(vm.placeholderProperty());
        return new StackPane(progress, empty);
    }

    /** An event: its type and time on one line, its properties in brief below; the last ones ask for more. */
    private static final class EventCell extends ListCell<TimelineEventViewModel> {
        private final CursorTabViewModel<TimelineEventViewModel> vm;
        private final Label type = new Label();
        private final Label time = new Label();
        private final Label summary = new Label();
        private final VBox box;

        EventCell(CursorTabViewModel<TimelineEventViewModel> vm) {
            this.vm = vm;
            type.getStyleClass().add("text-bold");
            type.setMinWidth(Region.USE_PREF_SIZE); // the time gives way first
            time.getStyleClass().add("text-muted");
            summary.setWrapText(true);
            summary.getStyleClass().add("text-muted");
            HBox line = new HBox(8, type, time);
            line.setAlignment(Pos.BASELINE_LEFT);
            box = new VBox(2, line, summary);
            getStyleClass().add("timeline-cell");
        }

        @Override
        protected void updateItem(TimelineEventViewModel event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setGraphic(null);
                return;
            }
            type.setText(event.type());
            time.setText(event.timeText() + " · " + event.relativeText());
            summary.setText(event.summary());
            summary.setVisible(!event.summary().isEmpty());
            summary.setManaged(summary.isVisible());
            if (!box.prefWidthProperty().isBound()) {
                box.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            }
            setGraphic(box);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            if (getIndex() >= getListView().getItems().size() - LOAD_AHEAD) {
                vm.loadMore(); // scrolled near the end: the next page comes in the background
            }
        }
    }
}
