package app.leadbrowser.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.leadbrowser.os.PrivateFiles;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log names leads and workspaces: its folder and file are the user's alone. */
class PrivateLogFilesTest {
    @TempDir
    Path home;

    @Test
    void theLogFolderAndFileAreOwnerOnly() throws IOException {
        assumeTrue(PrivateFiles.POSIX, "per-user permissions are POSIX-only here");
        Path dir = home.resolve("state/lead-browser/logs");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogConfigurator.configure(context, dir);
        context.getLogger("private-logs-test").info("a line");
        context.stop();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(LogConfigurator.FILE_NAME))));
    }
}
