package app.leadbrowser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.export.ExportFormat;
import app.leadbrowser.export.ExportOptions;
import app.leadbrowser.export.LeadExporter;
import app.leadbrowser.ui.common.TestSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export to a place that cannot be written: a path under a regular file, a path that is a directory, a path in
 * {@code /proc}, and a disk that fills up (a 64 KB tmpfs, when this process may mount one). Each ends with one
 * readable line and exit code 1 on the command line, a readable {@link IOException} from the exporter, and
 * neither the target nor a temp file left behind. The tests run as root here, so file permissions would not
 * stop a write: every case is one that stops root too.
 */
class ExportUnwritableTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(700);

    @TempDir
    Path dir;

    @Test
    void aPathUnderARegularFileFailsCleanly() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path target = file.resolve("leads.csv");

        assertFailsCleanly(target, dir);
        assertEquals("not a folder", Files.readString(file), "the file in the way is untouched");
    }

    @Test
    void aPathThatIsADirectoryFailsCleanly() throws Exception {
        Path target = Files.createDirectory(dir.resolve("leads.csv"));
        Files.writeString(target.resolve("kept.txt"), "kept");

        assertFailsCleanly(target, dir);
        assertTrue(Files.isDirectory(target), "the directory is still there");
        assertEquals("kept", Files.readString(target.resolve("kept.txt")));
    }

    @Test
    void aPathInProcFailsCleanly() throws Exception {
        Path target = Path.of("/proc/leads-export-test.csv");
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");

        CliRun run = CliRun.export(sandbox.server(), "--output", target.toString());
        assertOneReadableLine(run);
        assertFalse(Files.exists(target));
        assertThrows(IOException.class, () -> exportDirectly(target));
    }

    @Test
    void aDiskThatFillsUpLeavesNoFileBehind() throws Exception {
        Path disk = Files.createDirectory(dir.resolve("tiny-disk"));
        Assumptions.assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString()),
                "mounting a tmpfs needs root on Linux");
        try {
            Path target = disk.resolve("leads.jsonl");
            CliRun run = CliRun.export(sandbox.server(), "--output", target.toString(), "--format", "jsonl");
            assertOneReadableLine(run);
            assertEquals(List.of(), list(disk), "no target and no temp file on the full disk");

            IOException failure = assertThrows(IOException.class, () -> exportDirectly(target));
            assertReadable(failure.getMessage());
            assertEquals(List.of(), list(disk));
        } finally {
            run("umount", disk.toString());
        }
    }

    /** The CLI and the exporter both fail with a readable message and leave {@code folder} as it was. */
    private void assertFailsCleanly(Path target, Path folder) throws Exception {
        List<Path> before = list(folder);

        CliRun run = CliRun.export(sandbox.server(), "--output", target.toString());
        assertOneReadableLine(run);
        assertEquals(before, list(folder), "nothing new is left beside the target");

        IOException failure = assertThrows(IOException.class, () -> exportDirectly(target));
        assertReadable(failure.getMessage());
        assertEquals(before, list(folder));
    }

    private static void exportDirectly(Path target) throws Exception {
        try (DashlyClient client = new DashlyClient(ClientConfig.of(
                sandbox.server().baseUrl(),
                sandbox.server().appId(),
                sandbox.server().token()))) {
            new LeadExporter(client)
                    .export(
                            LeadQuery.defaults(),
                            ExportFormat.JSONL,
                            ExportOptions.rawKeys(),
                            target,
                            (done, total) -> {});
        }
    }

    private static void assertOneReadableLine(CliRun run) {
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().filter(line -> !line.isBlank()).toList();
        List<String> messages = lines.stream()
                .filter(line -> !line.startsWith("Fetched "))
                .toList(); // progress lines come before the error
        assertEquals(1, messages.size(), "one line: " + run.err());
        assertReadable(messages.get(0));
    }

    private static void assertReadable(String message) {
        assertTrue(message != null && !message.isBlank(), "no message");
        assertFalse(message.matches("(?s).*(Exception|java\\.|\\tat |\\.part).*"), "not fit for a person: " + message);
        assertTrue(message.length() <= 300, "too long: " + message);
        assertTrue(message.contains("Cannot write "), "says which file could not be written: " + message);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException noSuchCommand) {
            return false;
        }
    }
}
