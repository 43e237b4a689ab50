package app.leadbrowser.client.error;

/** The call was cancelled by its caller; nothing to show the user. */
public final class CancelledException extends ApiException {
    public CancelledException() {
        super(0, null, "The request was cancelled", null);
    }
}
