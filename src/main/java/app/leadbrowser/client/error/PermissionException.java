package app.leadbrowser.client.error;

/** The token may not read this data (a missing scope such as users-list). */
public final class PermissionException extends ApiException {
    public PermissionException(int httpStatus, String errorName, String message) {
        super(httpStatus, errorName, message, null);
    }
}
