package app.leadbrowser.settings;

import app.leadbrowser.os.UserFolders;
import java.nio.file.Path;
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

    private static final UserFolders.Convention CONVENTION = new UserFolders.Convention(
            "APPDATA",
            "AppData/Roaming",
            "Lead Browser",
            "Library/Application Support/Lead Browser",
            "XDG_CONFIG_HOME",
            ".config",
            "lead-browser");

    /** The directory of this user on this computer (it may not exist yet). */
    public static Path resolve() {
        return UserFolders.resolve(CONVENTION, OVERRIDE_PROPERTY);
    }

    static Path resolve(String override, String osName, String home, UnaryOperator<String> env) {
        return UserFolders.resolve(CONVENTION, override, osName, home, env);
    }
}
