package app.leadbrowser.client.error;

/** An answer came but could not be read: not JSON, the wrong shape, cut short, or larger than the client takes. */
public final class InvalidResponseException extends ApiException {
    public InvalidResponseException(int httpStatus, String message, Throwable cause) {
        super(httpStatus, null, message, cause);
    }
}
