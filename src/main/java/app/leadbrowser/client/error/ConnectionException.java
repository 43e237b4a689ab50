package app.leadbrowser.client.error;

/** No answer came: the server could not be reached, the connection broke, or a timeout passed. */
public final class ConnectionException extends ApiException {
    public ConnectionException(String message, Throwable cause) {
        super(0, null, message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
