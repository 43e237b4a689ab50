package app.leadbrowser.sandbox;

import java.util.Map;

/**
 * An error answer: HTTP status, the API's error name ({@code meta.error}), a readable message and, for
 * {@code ValidationError}, the fields at fault as {@code {"field": "message"}}. The factories are the one table from
 * a problem to its error name (dashly-api.md, "Error names and statuses").
 */
final class ApiError extends Exception {
    private final int status;
    private final String name;
    private final Map<String, String> fields;

    private ApiError(int status, String name, String message, Map<String, String> fields) {
        super(message, null, false, false);
        this.status = status;
        this.name = name;
        this.fields = fields;
    }

    /** An argument is missing or invalid (limit, offset, the window cap, sort order, flags, paging). */
    static ApiError validation(String field, String message) {
        return new ApiError(400, "ValidationError", field + " " + message, Map.of(field, message));
    }

    /** Something else wrong in the parameters: an unreadable {@code filters} value. */
    static ApiError badRequest(String message) {
        return new ApiError(400, "BadRequest", message, Map.of());
    }

    /** An id in the request was not found. */
    static ApiError lookup(String message) {
        return new ApiError(400, "LookupError", message, Map.of());
    }

    static ApiError notAuthenticated(String message) {
        return new ApiError(401, "NotAuthenticated", message, Map.of());
    }

    /** Our choice for another app's id: the token may not read that app. */
    static ApiError permissionDenied(String message) {
        return new ApiError(403, "PermissionDeniedError", message, Map.of());
    }

    static ApiError noSuchPath(String path) {
        return new ApiError(404, "Error404", "No API method at " + path, Map.of());
    }

    static ApiError methodNotAllowed(String method) {
        return new ApiError(405, "MethodNotAllowed", "Method " + method + " is not allowed; use GET or POST", Map.of());
    }

    static ApiError rateLimited() {
        return new ApiError(429, "TooManyRequests", "Request limit exceeded, try again later", Map.of());
    }

    /** A 5xx answer (faults): 500 is {@code Error500}, the proxies' 502 and 503 get their own names. */
    static ApiError server(int status) {
        String name = status == 502 ? "BadGateway" : status == 503 ? "ServiceUnavailable" : "Error500";
        return new ApiError(status, name, "Internal error (simulated by the sandbox)", Map.of());
    }

    /** A bug in the sandbox: answered as the API's internal error rather than a dropped connection. */
    static ApiError internal(RuntimeException cause) {
        return new ApiError(500, "Error500", "Internal error: " + cause, Map.of());
    }

    int status() {
        return status;
    }

    String name() {
        return name;
    }

    Map<String, String> fields() {
        return fields;
    }
}
