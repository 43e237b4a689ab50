package app.leadbrowser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.AppVersion;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliArgumentsTest {

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
        assertEquals("Lead Browser " + AppVersion.get(), version.out().strip());
        assertTrue(AppVersion.get().matches("\\d+\\.\\d+\\.\\d+"), AppVersion.get());

        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("sandbox") && help.out().contains("export"), help.out());
        assertTrue(CliRun.of("export", "--help").out().contains("--filters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "--nope", "export", "export --base-url https://a.b --app 1"})
    void badArgumentsPrintTheUsageAndExit2(String line) {
        CliRun run = CliRun.of(line.split(" "));
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("Usage"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void exportNeedsTheTokenInTheEnvironment() {
        CliRun run = CliRun.of("export", "--base-url", "https://api.dashly.app", "--app", "1", "--output", "x.csv");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("DASHLY_TOKEN"), run.err());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--base-url http://api.dashly.app --app 1 --output x.csv",
                "--base-url https://api.dashly.app --app one --output x.csv",
                "--base-url https://api.dashly.app --app 1 --output x.csv --filters {bad",
                "--base-url https://api.dashly.app --app 1 --output x.csv --sort-order up",
                "--base-url https://api.dashly.app --app 1 --output x.csv --format xml"
            })
    void invalidExportArgumentsExit2WithTheReason(String line) {
        CliRun run = CliRun.of(Map.of("DASHLY_TOKEN", "t"), ("export " + line).split(" "));
        assertEquals(2, run.exitCode(), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void anUnreachableServerIsOneLineAndExit1() {
        CliRun run = CliRun.of(
                Map.of("DASHLY_TOKEN", "t"),
                "export",
                "--base-url",
                "http://127.0.0.1:1",
                "--app",
                "1",
                "--output",
                "target/never.csv");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("Export failed: The server could not be reached"), run.err());
    }
}
