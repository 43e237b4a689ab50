package app.leadbrowser.ui.common;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons in the language in use. JavaFX's own {@link ButtonType#OK} and friends follow the JVM's locale
 * (and have no Russian), so dialogs use these.
 */
public final class DialogButtons {
    private DialogButtons() {}

    public static ButtonType ok() {
        return new ButtonType(Texts.get("common.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Texts.get("common.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(Texts.get("common.close"), ButtonData.CANCEL_CLOSE);
    }
}
