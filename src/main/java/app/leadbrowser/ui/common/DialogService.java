package app.leadbrowser.ui.common;

/**
 * Asks the user in a dialog of its own. ViewModels and Views ask through this, so that a test answers for the
 * user and no code but the JavaFX implementation ({@link FxDialogService}) builds an {@code Alert}.
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
}
