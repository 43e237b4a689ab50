package app.leadbrowser.client.error;

/** The API refused the token (missing, wrong or expired). */
public final class AuthenticationException extends ApiException {
    public AuthenticationException(int httpStatus, String errorName, String message) {
        super(httpStatus, errorName, message, null);
    }
}
