package app.leadbrowser.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialogs as JavaFX alerts over the window; their controls have ids for tests ({@code dialogYes},
 * {@code dialogTextField}…).
 */
public final class FxDialogService implements DialogService {
    private static final String STYLESHEET =
            FxDialogService.class.getResource("dialogs.css").toExternalForm();
    private final Supplier<Window> owner;

    /** @param owner the window the dialogs belong to, asked each time (it may be rebuilt) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(Question question) {
        ButtonType yes = new ButtonType(question.yes(), ButtonData.OK_DONE);
        ButtonType no = new ButtonType(question.no(), ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, question.text(), yes, no);
        ask.initOwner(owner.get());
        ask.setTitle(question.title());
        ask.setHeaderText(question.header());
        ask.getDialogPane().lookupButton(yes).setId("dialogYes");
        ask.getDialogPane().lookupButton(no).setId("dialogNo");
        return ask.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> askText(TextQuestion question) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(question.title());
        dialog.initOwner(owner.get());
        TextField field = new TextField(question.initial());
        field.setId("dialogTextField");
        field.setPromptText(question.label());
        Label problem = new Label();
        problem.setId("dialogTextProblem");
        problem.getStyleClass().add("dialog-text-problem");
        problem.setWrapText(true);
        problem.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> field.getText().isBlank()
                                ? ""
                                : question.problem().apply(field.getText()).orElse(""),
                        field.textProperty()));
        VBox box = new VBox(8, new Label(question.label()), field, problem);
        box.setPadding(new Insets(12));
        box.setPrefWidth(360);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        ButtonType ok = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().setAll(ok, DialogButtons.cancel());
        var okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("dialogTextOk");
        okButton.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> field.getText().isBlank()
                                || question.problem().apply(field.getText()).isPresent(),
                        field.textProperty()));
        dialog.setResultConverter(button -> button == ok ? field.getText() : null);
        dialog.setOnShown(event -> field.requestFocus());
        return dialog.showAndWait();
    }
}
