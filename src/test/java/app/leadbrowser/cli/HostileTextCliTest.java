package app.leadbrowser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the terminal gets from a hostile server or a bad token. */
class HostileTextCliTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private CliRun export(String token, String... more) {
        String[] args = new String[] {
            "export",
            "--base-url",
            server.url("/").toString(),
            "--app",
            "5",
            "--output",
            dir.resolve("x.csv").toString()
        };
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return CliRun.of(Map.of("DASHLY_TOKEN", token), all);
    }

    @Test
    void aTokenWithAnInvisibleCharacterIsRefusedBeforeAnyRequest() {
        CliRun run = export("abcdef\u200b123");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("DASHLY_TOKEN holds a space or a character no token has"), run.err());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anErrorFullOfEscapeSequencesReachesTheTerminalCleanAndShort() {
        String hostile = "\\u001b[2J\\u001b[31mwiped".repeat(5_000);
        server.enqueue(new MockResponse.Builder()
                .code(403)
                .body("{\"meta\":{\"status\":403,\"error\":\"\\u001b]0;title\\u0007Denied\",\"error_message\":\""
                        + hostile + "\"},\"data\":{}}")
                .build());
        CliRun run = export("secret-token-123", "--debug");
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("\u001b"), "an escape sequence reached the terminal");
        String first = run.err()
                .lines()
                .filter(l -> l.startsWith("Export failed"))
                .findFirst()
                .orElseThrow();
        assertTrue(first.length() <= 260, first.length() + " chars: " + first);
        assertTrue(first.contains("(Denied): wipedwiped"), first);
        assertFalse(run.err().contains("secret-token-123"), "the token in a trace");
    }
}
