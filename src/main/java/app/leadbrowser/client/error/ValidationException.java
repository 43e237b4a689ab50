package app.leadbrowser.client.error;

import java.util.List;
import java.util.Map;

/**
 * The request breaks a rule of the API: found by the client before sending (status 0, nothing sent) or reported
 * by the server ({@code ValidationError}/{@code BadRequest}, 400) with the fields at fault.
 */
public final class ValidationException extends ApiException {
    private final Map<String, String> fieldErrors;

    public ValidationException(int httpStatus, String errorName, String message, Map<String, String> fieldErrors) {
        super(httpStatus, errorName, message, null);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** A request the client refused to send: each rule it breaks, in words. */
    public static ValidationException notSent(List<String> rules) {
        return new ValidationException(0, null, "Not sent: " + String.join("; ", rules), Map.of());
    }

    /** The fields the server named ({@code meta.error_fields}), field → message. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** True when the client found the problem and sent nothing. */
    public boolean wasNotSent() {
        return httpStatus() == 0;
    }
}
