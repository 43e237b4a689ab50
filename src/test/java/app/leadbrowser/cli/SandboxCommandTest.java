package app.leadbrowser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.Launcher;
import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.http.ClientConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sandbox} as a real process: one listening line, serves the API, stops on SIGTERM. */
class SandboxCommandTest {
    private static final Pattern LINE =
            Pattern.compile("Sandbox listening on (http://127\\.0\\.0\\.1:\\d+) \\(app (\\d+), token (\\S+)\\)");

    @Test
    void printsOneLineServesAndStopsOnSigterm(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stdout = dir.resolve("stdout.txt");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Launcher.class.getName(),
                        "sandbox",
                        "--leads",
                        "300",
                        "--port",
                        "0")
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String line = awaitFirstLine(stdout, process);
            Matcher m = LINE.matcher(line);
            assertTrue(m.matches(), line);
            try (DashlyClient client = new DashlyClient(ClientConfig.of(m.group(1), m.group(2), m.group(3)))) {
                assertEquals(
                        300, client.listLeads(LeadQuery.defaults()).execute().total());
            }
            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "stopped on SIGTERM");
            assertEquals(List.of(line), Files.readAllLines(stdout), "exactly one line on standard output");
        } finally {
            process.destroyForcibly();
        }
    }

    private static String awaitFirstLine(Path file, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && process.isAlive()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.contains("\n")) {
                return text.substring(0, text.indexOf('\n'));
            }
            Thread.sleep(20); // polling a file another process writes: no event to wait on
        }
        throw new AssertionError("no listening line; alive=" + process.isAlive());
    }

    @Test
    void badOptionsExit2() {
        assertEquals(2, CliRun.of("sandbox", "--fault-rate", "3").exitCode());
        assertEquals(2, CliRun.of("sandbox", "--port", "-5").exitCode());
        assertEquals(2, CliRun.of("sandbox", "--leads", "many").exitCode());
    }
}
