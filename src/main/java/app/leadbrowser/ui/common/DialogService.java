package app.leadbrowser.ui.common;

import java.util.Optional;
import java.util.function.Function;

/**
 * Asks the user in a dialog of its own. ViewModels and Views ask through this, so that a test answers for the
 * user and no code but the JavaFX implementation ({@link FxDialogService}) builds an {@code Alert} or a dialog.
 */
public interface DialogService {

    /**
     * A yes-or-no question.
     *
     * @param title the dialog's title
     * @param header the question, one line
     * @param text what follows from each answer
     * @param yes the button that confirms, e.g. "Restart now"
     * @param no the button that declines, e.g. "Later"
     */
    record Question(String title, String header, String text, String yes, String no) {}

    /** Asks {@code question} and waits for the answer: true for yes, false for no or a closed dialog. */
    boolean confirm(Question question);

    /**
     * A line of text to type, checked as it is typed.
     *
     * @param title the dialog's title
     * @param label what to type, shown above the field and as its prompt
     * @param initial the field's text at first
     * @param problem what is wrong with a text (OK is offered only when empty); not shown for a blank field
     */
    record TextQuestion(String title, String label, String initial, Function<String, Optional<String>> problem) {}

    /** Asks {@code question} and waits: the text typed, or empty when the dialog was cancelled or closed. */
    Optional<String> askText(TextQuestion question);
}
