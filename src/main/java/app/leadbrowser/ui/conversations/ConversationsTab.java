package app.leadbrowser.ui.conversations;

import app.leadbrowser.ui.common.CursorTabViewModel;
import app.leadbrowser.ui.common.Texts;
import javafx.application.Platform;
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
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The card's Conversations tab, bound to a {@link CursorTabViewModel}: one entry per conversation (kind, state,
 * last message, assignee, size, tags, time), older ones loaded when the list is scrolled to its end or with "Load
 * more", an empty state, and an inline error with Retry. It tells the ViewModel when it is shown.
 */
public final class ConversationsTab {
    private final CursorTabViewModel<ConversationRowViewModel> vm;
    private final Tab tab = new Tab();
    private final ListView<ConversationRowViewModel> list = new ListView<>();

    public ConversationsTab(CursorTabViewModel<ConversationRowViewModel> vm) {
        this.vm = vm;
        tab.setId("conversationsTab");
        tab.setText(Texts.get("conversations.tab"));
        tab.selectedProperty().addListener((obs, old, selected) -> vm.setActive(selected));

        list.setId("conversationsList");
        list.setItems(vm.getRows());
        list.setCellFactory(ignored -> new ConversationCell());
        Label placeholder = new Label();
        placeholder.setId("conversationsPlaceholder");
        placeholder.textProperty().bind(vm.placeholderProperty());
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.skinProperty().addListener((obs, old, skin) -> Platform.runLater(this::loadMoreAtTheEnd));
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox content = new VBox(6, list, footer());
        content.setPadding(new Insets(6, 0, 0, 0));
        tab.setContent(content);
    }

    public Tab tab() {
        return tab;
    }

    /** Scrolling to the end of the list asks for the next page. */
    private void loadMoreAtTheEnd() {
        for (Node node : list.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((obs, old, value) -> {
                    if (value.doubleValue() >= bar.getMax() - 1e-6) {
                        vm.loadMore();
                    }
                });
            }
        }
    }

    private Node footer() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("conversationsProgress");
        progress.setMaxSize(18, 18);
        progress.visibleProperty().bind(vm.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button more = new Button(Texts.get("conversations.more"));
        more.setId("conversationsMoreButton");
        more.visibleProperty()
                .bind(vm.hasMoreProperty()
                        .and(vm.loadingProperty().not())
                        .and(vm.errorMessageProperty().isEmpty()));
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(event -> vm.loadMore());
        Label error = new Label();
        error.setId("conversationsError");
        error.setWrapText(true);
        error.getStyleClass().add("conversation-error");
        error.textProperty().bind(vm.errorMessageProperty());
        Button retry = new Button(Texts.get("conversations.retry"));
        retry.setId("conversationsRetryButton");
        retry.setOnAction(event -> vm.retry());
        HBox failure = new HBox(8, error, retry);
        failure.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(error, Priority.ALWAYS);
        failure.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
        HBox footer = new HBox(8, progress, more, failure);
        footer.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(failure, Priority.ALWAYS);
        return footer;
    }

    /** Three lines: kind, state and flags with the time; who wrote the last message and what; assignee, size, tags. */
    private static final class ConversationCell extends ListCell<ConversationRowViewModel> {
        private final Label headline = new Label();
        private final Label time = new Label();
        private final Label message = new Label(); // a Label renders text as is: never markup
        private final Label details = new Label();
        private final Tooltip exactTime = new Tooltip();
        private final VBox box;

        ConversationCell() {
            headline.getStyleClass().add("text-bold");
            time.getStyleClass().add("text-muted");
            time.setTooltip(exactTime);
            details.getStyleClass().add("text-muted");
            message.setWrapText(true);
            message.setMaxHeight(48); // about two lines; the rest is cut with an ellipsis
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, headline, spacer, time);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(2, top, message, details);
        }

        @Override
        protected void updateItem(ConversationRowViewModel row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            headline.setText(join(row.kind(), row.state(), row.flags()));
            time.setText(row.time());
            exactTime.setText(row.exactTime());
            message.setText(row.author().isEmpty() ? row.lastMessage() : row.author() + ": " + row.lastMessage());
            details.setText(join(
                    row.assignee(),
                    row.parts(),
                    row.tags().isEmpty() ? "" : Texts.get("conversations.tags", String.join(", ", row.tags()))));
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(box);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        private static String join(String... parts) {
            StringBuilder text = new StringBuilder();
            for (String part : parts) {
                if (!part.isEmpty()) {
                    text.append(text.length() == 0 ? "" : " · ").append(part);
                }
            }
            return text.toString();
        }
    }
}
