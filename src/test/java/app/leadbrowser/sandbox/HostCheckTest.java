package app.leadbrowser.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sandbox answers only requests addressed to the loopback by name or number: a page that rebinds its own name
 * to 127.0.0.1 sends that name as {@code Host} and is refused (the JDK's client will not set {@code Host}, so these
 * requests are written by hand).
 */
class HostCheckTest {
    static SandboxServer server;

    @BeforeAll
    static void start() {
        server = SharedSandbox.server();
    }

    @Test
    void loopbackNamesAreAnswered() throws IOException {
        for (String host : new String[] {"127.0.0.1:" + server.port(), "localhost:" + server.port(), "LOCALHOST"}) {
            Answer answer = get(host);
            assertEquals(200, answer.status(), host);
            assertEquals(3, answer.body().path("data").path("users").size(), host);
        }
    }

    @Test
    void otherHostsGetAnErrorEnvelopeAndNoData() throws IOException {
        for (String host : new String[] {"rebound.example:" + server.port(), "127.0.0.1.evil.example", "localhost:x"}) {
            Answer answer = get(host);
            assertEquals(403, answer.status(), host);
            assertEquals(
                    "PermissionDeniedError",
                    answer.body().path("meta").path("error").asText(),
                    host);
            assertTrue(answer.body().path("data").isEmpty(), host);
        }
    }

    private record Answer(int status, JsonNode body) {}

    private static Answer get(String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            String request = "GET /apps/" + server.appId() + "/users?limit=3 HTTP/1.1\r\nHost: " + host
                    + "\r\nAuthorization: Token " + server.token() + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            return new Answer(status, Json.mapper().readTree(body));
        }
    }
}
