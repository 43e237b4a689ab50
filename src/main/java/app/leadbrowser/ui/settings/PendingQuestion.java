package app.leadbrowser.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** A question the workspace editor asks in place (a bar with two answers) and what a "yes" does. */
final class PendingQuestion {
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper();
    private Runnable onYes;

    /** Shows the question; {@code yes} runs if it is confirmed. */
    void ask(Runnable yes) {
        onYes = yes;
        asking.set(true);
    }

    /** Answers yes: the question goes, then its action runs. Nothing happens when it was not asked. */
    void confirm() {
        Runnable then = onYes;
        dismiss();
        if (then != null) {
            then.run();
        }
    }

    /** Answers no, or takes the question back: nothing runs. */
    void dismiss() {
        onYes = null;
        asking.set(false);
    }

    ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }
}
