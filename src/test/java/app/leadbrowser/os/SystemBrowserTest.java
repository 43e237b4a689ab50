package app.leadbrowser.os;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemBrowserTest {
    @TempDir
    Path dir;

    @Test
    void findsAnExecutableOpenerOnThePath() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path opener = Files.createFile(bin.resolve("xdg-open"));
        opener.toFile().setExecutable(true);
        String path = dir.resolve("empty") + File.pathSeparator + bin;
        assertTrue(SystemBrowser.anyOnPath(path, List.of("firefox", "xdg-open")));
    }

    @Test
    void aPathWithoutOpenersHasNoBrowser() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createFile(
                bin.resolve("xdg-open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        assertFalse(SystemBrowser.anyOnPath(bin.toString(), List.of("xdg-open")), "not executable");
        assertFalse(SystemBrowser.anyOnPath(bin.toString(), List.of("firefox")));
        assertFalse(SystemBrowser.anyOnPath("", List.of("xdg-open")));
        assertFalse(SystemBrowser.anyOnPath(null, List.of("xdg-open")));
    }
}
