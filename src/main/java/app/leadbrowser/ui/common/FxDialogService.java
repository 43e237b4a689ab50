package app.leadbrowser.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The dialogs as JavaFX alerts over the window; their buttons have ids for tests ({@code dialogYes}…). */
public final class FxDialogService implements DialogService {
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
}
