package app.leadbrowser.os;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Whether this computer has a program that opens web links. JavaFX's host services say nothing when they find
 * none (on Linux they try these programs in turn and give up silently), so the app asks first and can tell the
 * user instead of doing nothing.
 */
public final class SystemBrowser {
    /** The programs JavaFX's host services try on Linux, in their order. */
    private static final List<String> LINUX_OPENERS =
            List.of("xdg-open", "google-chrome", "firefox", "opera", "konqueror", "mozilla");

    private SystemBrowser() {}

    /** True where a link can be handed on: always on Windows and macOS, on Linux when an opener is on the PATH. */
    public static boolean available() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        return anyOnPath(System.getenv("PATH"), LINUX_OPENERS);
    }

    /** Whether one of {@code programs} is an executable file in a folder of {@code path}. */
    static boolean anyOnPath(String path, List<String> programs) {
        if (path == null || path.isBlank()) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            for (String program : programs) {
                Path candidate = Path.of(folder, program);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }
}
