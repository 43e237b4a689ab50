package app.leadbrowser.logging;

import app.leadbrowser.os.UserFolders;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where Lead Browser writes its log files. The system property {@value #OVERRIDE_PROPERTY} wins (tests point it at
 * a temp dir); otherwise the OS convention: Linux {@code $XDG_STATE_HOME/lead-browser/logs} or {@code
 * ~/.local/state/lead-browser/logs}, macOS {@code ~/Library/Logs/Lead Browser}, Windows {@code
 * %LOCALAPPDATA%\Lead Browser\logs}.
 */
public final class LogDir {
    public static final String OVERRIDE_PROPERTY = "leadbrowser.logDir";

    private LogDir() {}

    private static final UserFolders.Convention CONVENTION = new UserFolders.Convention(
            "LOCALAPPDATA",
            "AppData/Local",
            "Lead Browser/logs",
            "Library/Logs/Lead Browser",
            "XDG_STATE_HOME",
            ".local/state",
            "lead-browser/logs");

    /** The directory of this user on this computer (it may not exist yet). */
    public static Path resolve() {
        return UserFolders.resolve(CONVENTION, OVERRIDE_PROPERTY);
    }

    static Path resolve(String override, String osName, String home, UnaryOperator<String> env) {
        return UserFolders.resolve(CONVENTION, override, osName, home, env);
    }
}
