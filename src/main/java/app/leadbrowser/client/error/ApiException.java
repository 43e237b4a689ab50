package app.leadbrowser.client.error;

import java.util.Optional;

/**
 * Anything that kept an API call from giving its answer. Carries the HTTP status (0 when no response came), the
 * API's error name ({@code meta.error}, when it sent one) and a message fit to show a person: never a token,
 * never a stack trace.
 */
public abstract sealed class ApiException extends Exception
        permits AuthenticationException,
                PermissionException,
                NotFoundException,
                ValidationException,
                RateLimitedException,
                ServerException,
                ConnectionException,
                InvalidResponseException,
                CancelledException {

    private final int httpStatus;
    private final String errorName;

    protected ApiException(int httpStatus, String errorName, String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorName = errorName;
    }

    /** The HTTP status of the response, or 0 when there was none. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The API's {@code meta.error}, e.g. {@code NotAuthenticated}. */
    public Optional<String> errorName() {
        return Optional.ofNullable(errorName);
    }

    /** Whether the same call may succeed later without changing anything (offline, 429, 5xx). */
    public boolean isTransient() {
        return false;
    }
}
