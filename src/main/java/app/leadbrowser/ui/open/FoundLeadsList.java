package app.leadbrowser.ui.open;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.ui.common.Texts;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

/**
 * The leads a {@link LeadFinder} found, under their heading, shown while the text is long enough to be searched;
 * the list's placeholder says "Searching…", that nothing matched, or why the search failed. Enter or a
 * double-click opens one.
 */
final class FoundLeadsList {
    private final LeadFinder finder;
    private final Label label = new Label(Texts.get("open.find.found"));
    private final ListView<LeadSummary> list = new ListView<>();
    private Runnable upFromTop = () -> {};
    private ChangeListener<Boolean> waiting;

    FoundLeadsList(LeadFinder finder, Consumer<LeadSummary> opener) {
        this.finder = finder;
        list.setId("foundLeadsList");
        list.setItems(finder.getFound());
        list.setPrefHeight(220);
        Label status = new Label();
        status.setId("foundLeadsStatus");
        status.setWrapText(true);
        status.textProperty()
                .bind(Bindings.when(finder.searchingProperty())
                        .then(Texts.get("open.find.searching"))
                        .otherwise(finder.messageProperty()));
        list.setPlaceholder(status);
        list.setCellFactory(ignored -> new FoundCell(opener));
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                opener.accept(list.getSelectionModel().getSelectedItem());
                event.consume();
            } else if (event.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                upFromTop.run();
                event.consume();
            }
        });
        label.visibleProperty().bind(finder.activeProperty());
        label.managedProperty().bind(label.visibleProperty());
        list.visibleProperty().bind(finder.activeProperty());
        list.managedProperty().bind(list.visibleProperty());
    }

    LeadFinder finder() {
        return finder;
    }

    Label label() {
        return label;
    }

    ListView<LeadSummary> list() {
        return list;
    }

    ReadOnlyBooleanProperty shownProperty() {
        return finder.activeProperty();
    }

    boolean isShown() {
        return finder.activeProperty().get();
    }

    /** Runs {@code action} once when the search running answers; typing on drops it (the text it was for is gone). */
    void whenAnswered(Runnable action) {
        dropWaiting();
        waiting = (obs, was, searching) -> {
            if (!searching) {
                dropWaiting();
                action.run();
            }
        };
        finder.searchingProperty().addListener(waiting);
    }

    /** Forgets the action waiting for an answer, if any. */
    void dropWaiting() {
        if (waiting != null) {
            finder.searchingProperty().removeListener(waiting);
            waiting = null;
        }
    }

    /** What Up does on the list's first line (back to the field). */
    void onUpFromTop(Runnable action) {
        upFromTop = action;
    }

    private static final class FoundCell extends ListCell<LeadSummary> {
        FoundCell(Consumer<LeadSummary> opener) {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && getItem() != null) {
                    opener.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(LeadSummary lead, boolean empty) {
            super.updateItem(lead, empty);
            if (empty || lead == null) {
                setText(null);
                return;
            }
            String detail = LeadFinder.detail(lead);
            setText(detail.isEmpty() ? LeadFinder.title(lead) : LeadFinder.title(lead) + "  ·  " + detail);
        }
    }
}
