package app.leadbrowser.client.error;

/** The server failed (5xx). */
public final class ServerException extends ApiException {
    public ServerException(int httpStatus, String errorName, String message) {
        super(httpStatus, errorName, message, null);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
