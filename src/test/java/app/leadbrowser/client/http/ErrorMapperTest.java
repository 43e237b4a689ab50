package app.leadbrowser.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.AuthenticationException;
import app.leadbrowser.client.error.PermissionException;
import app.leadbrowser.client.error.RateLimitedException;
import app.leadbrowser.client.error.ServerException;
import app.leadbrowser.client.error.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one table from an error answer to the exception family, read from the answers' own JSON. */
class ErrorMapperTest {

    private static ApiException map(int status, String meta) throws Exception {
        return map(status, meta, null);
    }

    private static ApiException map(int status, String meta, String retryAfter) throws Exception {
        JsonNode node = Json.mapper().readTree(meta);
        return ErrorMapper.map(status, node, retryAfter);
    }

    @Test
    void theStatusDecidesAtTheBoundaries() throws Exception {
        assertInstanceOf(ServerException.class, map(500, "{}"));
        assertInstanceOf(ValidationException.class, map(499, "{}"));
        assertInstanceOf(ValidationException.class, map(400, "{}"));
        ApiException unexpected = map(399, "{}");
        assertInstanceOf(ServerException.class, unexpected);
        assertEquals("Unexpected answer (HTTP 399)", unexpected.getMessage());
        assertInstanceOf(AuthenticationException.class, map(401, "{}"));
        assertInstanceOf(PermissionException.class, map(403, "{}"));
        assertEquals(
                "No such API method; check the base URL (HTTP 404)",
                map(404, "{}").getMessage());
    }

    @Test
    void anAnswerOf200TakesTheStatusInItsEnvelope() throws Exception {
        ApiException refused = map(200, "{\"status\": 401}");
        assertInstanceOf(AuthenticationException.class, refused);
        assertEquals(401, refused.httpStatus());
        assertEquals("The API token was refused: missing, wrong or expired (HTTP 401)", refused.getMessage());
        assertEquals(502, map(502, "{\"status\": 401}").httpStatus(), "a real HTTP error keeps its own status");
        assertEquals(200, map(200, "{\"status\": \"401\"}").httpStatus(), "a status that is not a number is ignored");
    }

    @Test
    void theErrorNameAloneDecidesUnderAnyStatus() throws Exception {
        assertInstanceOf(RateLimitedException.class, map(200, "{\"error\": \"TooManyRequests\"}"));
        assertInstanceOf(AuthenticationException.class, map(200, "{\"error\": \"NotAuthenticated\"}"));
        assertInstanceOf(PermissionException.class, map(200, "{\"error\": \"PermissionDeniedError\"}"));
        assertEquals(
                "Not found (LookupError)",
                map(200, "{\"error\": \"LookupError\"}").getMessage());
        assertEquals(
                "No such API method; check the base URL (Error404)",
                map(200, "{\"error\": \"Error404\"}").getMessage());
        assertInstanceOf(ServerException.class, map(200, "{\"error\": \"Error500\"}"));
        ApiException named = map(200, "{\"error\": \"SomethingElse\", \"error_message\": \" no \"}");
        assertInstanceOf(ValidationException.class, named);
        assertEquals("The request was refused (SomethingElse): no", named.getMessage());
        assertEquals(Optional.of("SomethingElse"), named.errorName());
    }

    @Test
    void aBlankOrNonTextNameIsNoName() throws Exception {
        ApiException blank = map(500, "{\"error\": \"\\u001b[0m \", \"error_message\": \"  \"}");
        assertEquals(Optional.empty(), blank.errorName());
        assertEquals("Dashly had an internal error (HTTP 500)", blank.getMessage());
        assertEquals(Optional.empty(), map(500, "{\"error\": 7}").errorName());
        assertEquals(
                "x".repeat(59) + "…",
                map(500, "{\"error\": \"" + "x".repeat(80) + "\"}").errorName().orElseThrow());
    }

    @Test
    void tooManyRequestsSaysHowLongToWait() throws Exception {
        RateLimitedException limited = (RateLimitedException) map(429, "{}", " 12 ");
        assertEquals(Optional.of(Duration.ofSeconds(12)), limited.retryAfter());
        assertEquals("Too many requests; Dashly asks to slow down for 12 s (HTTP 429)", limited.getMessage());
        RateLimitedException unsaid = (RateLimitedException) map(429, "{}", null);
        assertEquals(Optional.empty(), unsaid.retryAfter());
        assertEquals("Too many requests; Dashly asks to slow down (HTTP 429)", unsaid.getMessage());
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        assertEquals(Duration.ZERO, ErrorMapper.parseRetryAfter("-3"));
        assertNull(ErrorMapper.parseRetryAfter(" "));
        assertNull(ErrorMapper.parseRetryAfter("soon"));
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).minusHours(1));
        assertEquals(Duration.ZERO, ErrorMapper.parseRetryAfter(past));
        String later = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(10));
        Duration wait = ErrorMapper.parseRetryAfter(later);
        assertTrue(wait.compareTo(Duration.ofMinutes(9)) > 0 && wait.compareTo(Duration.ofMinutes(10)) <= 0, "" + wait);
    }

    @Test
    void fieldErrorsAreAnObjectOrAListAndAtMostTwenty() throws Exception {
        ValidationException list = (ValidationException) map(400, "{\"error_fields\": [\"limit\", \"offset\"]}");
        assertEquals(Map.of("limit", "", "offset", ""), list.fieldErrors());
        ValidationException object = (ValidationException) map(400, "{\"error_fields\": {\"limit\": 50}}");
        assertEquals(Map.of("limit", "50"), object.fieldErrors());

        StringBuilder many = new StringBuilder("{\"error_fields\": {");
        StringBuilder names = new StringBuilder("{\"error_fields\": [");
        for (int i = 0; i < 25; i++) {
            many.append(i == 0 ? "" : ",").append("\"f").append(i).append("\": \"bad\"");
            names.append(i == 0 ? "" : ",").append("\"f").append(i).append('"');
        }
        assertEquals(
                20, ((ValidationException) map(400, many + "}}")).fieldErrors().size());
        assertEquals(
                20, ((ValidationException) map(400, names + "]}")).fieldErrors().size());
        assertEquals(Map.of(), ((ValidationException) map(400, "{\"error_fields\": \"limit\"}")).fieldErrors());
    }
}
