package app.leadbrowser.client.http;

import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.AuthenticationException;
import app.leadbrowser.client.error.NotFoundException;
import app.leadbrowser.client.error.PermissionException;
import app.leadbrowser.client.error.RateLimitedException;
import app.leadbrowser.client.error.ServerException;
import app.leadbrowser.client.error.ServerText;
import app.leadbrowser.client.error.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table from an error response (HTTP status and the envelope's {@code meta}) to the exception family. The
 * server's words (error name, message, field names and messages) pass through {@link ServerText} first.
 */
final class ErrorMapper {
    /** Error names are single words such as {@code PermissionDeniedError}. */
    private static final int MAX_NAME = 60;

    private static final int MAX_FIELDS = 20;

    private ErrorMapper() {}

    static ApiException map(int httpStatus, JsonNode meta, String retryAfterHeader) {
        String name = meta.path("error").isTextual()
                ? ServerText.clean(meta.get("error").asText(), MAX_NAME)
                : "";
        name = name.isEmpty() ? null : name;
        String serverText = ServerText.clean(meta.path("error_message").asText(""));
        int status = meta.path("status").isInt() && httpStatus == 200
                ? meta.get("status").asInt()
                : httpStatus;
        String detail = serverText.isBlank() ? "" : ": " + serverText;
        String tag = " (" + (name == null ? "HTTP " + status : name) + ")";

        if (status == 429 || "TooManyRequests".equals(name)) {
            Duration wait = parseRetryAfter(retryAfterHeader);
            return new RateLimitedException(
                    status,
                    name,
                    "Too many requests; Dashly asks to slow down"
                            + (wait == null ? "" : " for " + wait.toSeconds() + " s") + tag + detail,
                    wait);
        }
        if (status == 401 || "NotAuthenticated".equals(name)) {
            return new AuthenticationException(
                    status, name, "The API token was refused: missing, wrong or expired" + tag + detail);
        }
        if (status == 403 || "PermissionDeniedError".equals(name)) {
            return new PermissionException(
                    status,
                    name,
                    "The API token may not read this data (it needs the users-list scope)" + tag + detail);
        }
        if ("LookupError".equals(name)) {
            return new NotFoundException(status, name, "Not found" + tag + detail);
        }
        if (status == 404 || "Error404".equals(name)) {
            return new NotFoundException(status, name, "No such API method; check the base URL" + tag + detail);
        }
        if (status >= 500 || "Error500".equals(name)) {
            return new ServerException(status, name, "Dashly had an internal error" + tag + detail);
        }
        if (status >= 400 || name != null) {
            return new ValidationException(status, name, "The request was refused" + tag + detail, fields(meta));
        }
        return new ServerException(status, name, "Unexpected answer" + tag + detail);
    }

    /** {@code meta.error_fields}: shape not documented; an object field → message, or a list of names. */
    private static Map<String, String> fields(JsonNode meta) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode node = meta.path("error_fields");
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (fields.size() < MAX_FIELDS) {
                    JsonNode value = e.getValue();
                    fields.put(
                            ServerText.clean(e.getKey(), MAX_NAME),
                            ServerText.clean(value.isTextual() ? value.asText() : value.toString()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(f -> {
                if (fields.size() < MAX_FIELDS) {
                    fields.put(ServerText.clean(f.asText(), MAX_NAME), "");
                }
            });
        }
        return fields;
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
