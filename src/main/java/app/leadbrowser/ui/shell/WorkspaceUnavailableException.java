package app.leadbrowser.ui.shell;

/** A saved workspace cannot be opened as saved (no token, a bad address); the message is fit to show a person. */
public final class WorkspaceUnavailableException extends Exception {
    public WorkspaceUnavailableException(String message) {
        super(message);
    }
}
