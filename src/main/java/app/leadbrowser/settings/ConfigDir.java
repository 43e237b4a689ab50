package app.leadbrowser.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where Lead Browser keeps its settings and, without a keychain, its tokens. The system property {@value
 * #OVERRIDE_PROPERTY} wins (tests and the screenshot tool point it at a temp dir); otherwise the OS convention:
 * Linux {@code $XDG_CONFIG_HOME/lead-browser} or {@code ~/.config/lead-browser}, macOS {@code ~/Library/Application
 * Support/Lead Browser}, Windows {@code %APPDATA%\Lead Browser}.
 */
public final class ConfigDir {
    public static final String OVERRIDE_PROPERTY = "leadbrowser.configDir";

    private ConfigDir() {}

    /** The config directory of this user on this computer (it may not exist yet). */
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
            String appData = env.apply("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Lead Browser");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Lead Browser");
        }
        String xdg = env.apply("XDG_CONFIG_HOME");
        // the XDG spec says a relative value is invalid and must be ignored
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("lead-browser");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
