package app.leadbrowser.logging;

import java.nio.file.Path;
import java.util.Locale;
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

    /** The log directory of this user on this computer (it may not exist yet). */
    public static Path resolve() {
        return resolve(
                System.getProperty(OVERRIDE_PROPERTY),
                System.getProperty("os.name", ""),
                System.getProperty("user.home"),
                System::getenv);
    }

    static Path resolve(String override, String osName, String home, UnaryOperator<String> env) {
        if (isSet(override)) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = env.apply("LOCALAPPDATA");
            Path base = isSet(localAppData) ? Path.of(localAppData) : Path.of(home, "AppData", "Local");
            return base.resolve("Lead Browser").resolve("logs");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Logs", "Lead Browser");
        }
        String xdg = env.apply("XDG_STATE_HOME");
        // the XDG spec says a relative value is invalid and must be ignored
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "state");
        return base.resolve("lead-browser").resolve("logs");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
