package app.leadbrowser.ui.views;

/** A file that is not a shared view; the message says what is wrong, in words for the user. */
final class ViewImportException extends Exception {
    ViewImportException(String message) {
        super(message);
    }
}
