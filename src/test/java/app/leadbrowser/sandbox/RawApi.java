package app.leadbrowser.sandbox;

import app.leadbrowser.client.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain HTTP to the sandbox, for the requests the real client refuses to send. */
final class RawApi {
    private final SandboxServer server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RawApi(SandboxServer server) {
        this.server = server;
    }

    /** An answer: HTTP status, the parsed body, the Retry-After header if any. */
    record Answer(int status, JsonNode body, String retryAfter) {
        JsonNode meta() {
            return body.path("meta");
        }

        JsonNode data() {
            return body.path("data");
        }

        String error() {
            return meta().path("error").asText(null);
        }
    }

    /** GET with the token in the Authorization header. */
    Answer get(String path, String... params) {
        return send("GET", path, query(params), "Token " + server.token(), null);
    }

    /** GET without any token header (the params may carry auth_token). */
    Answer getWithoutHeader(String path, String... params) {
        return send("GET", path, query(params), null, null);
    }

    Answer getWithHeader(String authorization, String path, String... params) {
        return send("GET", path, query(params), authorization, null);
    }

    /** POST with the parameters as a form body. */
    Answer postForm(String path, String authorization, String... params) {
        return send("POST", path, "", authorization, query(params));
    }

    Answer send(String method, String path, String query, String authorization, String form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
            request.method(method, HttpRequest.BodyPublishers.ofString(form));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0
                    ? Json.mapper().nullNode()
                    : Json.mapper().readTree(response.body());
            return new Answer(
                    response.statusCode(),
                    body,
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The I/O failure a GET with the token ends in, or null when an answer came. */
    IOException failureOf(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Token " + server.token())
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return null;
        } catch (IOException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** {@code name, value, name, value, ...} as an encoded query. */
    static String query(String... params) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return map.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
