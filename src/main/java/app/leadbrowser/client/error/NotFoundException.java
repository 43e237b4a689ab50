package app.leadbrowser.client.error;

/** What was asked for does not exist: an unknown lead id or API path. */
public final class NotFoundException extends ApiException {
    public NotFoundException(int httpStatus, String errorName, String message) {
        super(httpStatus, errorName, message, null);
    }
}
