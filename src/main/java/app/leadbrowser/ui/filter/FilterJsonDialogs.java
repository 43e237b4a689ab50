package app.leadbrowser.ui.filter;

import app.leadbrowser.ui.common.DialogButtons;
import app.leadbrowser.ui.common.Texts;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/** The "Show JSON" and "Paste JSON" dialogs of the filter panel. Both open without blocking the caller. */
final class FilterJsonDialogs {
    private FilterJsonDialogs() {}

    /** Shows {@code json} read-only, with a Copy button. */
    static void showJson(Node owner, String json) {
        Dialog<Void> dialog = dialog(owner, Texts.get("filter.json.title"));
        TextArea text = new TextArea(json);
        text.setId("filterJsonText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(8);
        Label copied = new Label();
        copied.setId("filterJsonCopied");
        Button copy = new Button(Texts.get("filter.json.copy"));
        copy.setId("filterJsonCopy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(json);
            Clipboard.getSystemClipboard().setContent(content);
            copied.setText(Texts.get("filter.json.copied"));
        });
        VBox body = new VBox(6, new Label(Texts.get("filter.json.intro")), text, new VBox(4, copy, copied));
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().add(DialogButtons.close());
        dialog.show();
        text.requestFocus();
    }

    /**
     * Asks for a filters JSON and hands it to {@code paste}, which returns an error message or empty. On an error
     * the dialog stays open with the text and shows the message, so nothing typed is lost.
     */
    static void pasteJson(Node owner, Function<String, Optional<String>> paste) {
        Dialog<ButtonType> dialog = dialog(owner, Texts.get("filter.paste.title"));
        TextArea text = new TextArea();
        text.setId("filterPasteText");
        text.setWrapText(true);
        text.setPrefRowCount(8);
        text.setPromptText("{\"type\": \"and\", \"filters\": [{\"property_name\": \"$name\", \"type\": \"known\", "
                + "\"value\": {}}]}");
        Label error = new Label();
        error.setId("filterPasteError");
        error.getStyleClass().add("filter-error");
        error.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(6, new Label(Texts.get("filter.paste.intro")), text, error));
        ButtonType load = new ButtonType(Texts.get("filter.paste.load"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(load, DialogButtons.cancel());
        Node loadButton = dialog.getDialogPane().lookupButton(load);
        loadButton.setId("filterPasteLoad");
        loadButton.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> problem = paste.apply(text.getText());
            if (problem.isPresent()) {
                error.setText(problem.get());
                e.consume();
            }
        });
        dialog.show();
        text.requestFocus();
    }

    private static <T> Dialog<T> dialog(Node owner, String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setResizable(true);
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.getDialogPane()
                .getStylesheets()
                .addAll(
                        owner.getScene() == null
                                ? java.util.List.of()
                                : owner.getScene().getStylesheets());
        dialog.getDialogPane()
                .getStylesheets()
                .add(FilterJsonDialogs.class.getResource("filter-panel.css").toExternalForm());
        return dialog;
    }
}
