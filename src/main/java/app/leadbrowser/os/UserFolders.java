package app.leadbrowser.os;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Places a per-user folder of the app by each OS's convention, unless a system property says where. */
public final class UserFolders {
    private UserFolders() {}

    /**
     * How one kind of folder is placed. Windows: {@code %windowsVariable%} (else {@code ~/windowsDefault}) then
     * {@code windowsLeaf}; macOS: {@code ~/macPath}; elsewhere (XDG): {@code $xdgVariable} (else
     * {@code ~/xdgDefault}) then {@code xdgLeaf}. Paths use "/" between names.
     */
    public record Convention(
            String windowsVariable,
            String windowsDefault,
            String windowsLeaf,
            String macPath,
            String xdgVariable,
            String xdgDefault,
            String xdgLeaf) {}

    /** The folder for this user on this computer (it may not exist yet). */
    public static Path resolve(Convention convention, String overrideProperty) {
        return resolve(
                convention,
                System.getProperty(overrideProperty),
                System.getProperty("os.name", ""),
                System.getProperty("user.home"),
                System::getenv);
    }

    public static Path resolve(
            Convention convention, String override, String osName, String home, UnaryOperator<String> env) {
        if (isSet(override)) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String base = env.apply(convention.windowsVariable());
            return (isSet(base) ? Path.of(base) : under(home, convention.windowsDefault()))
                    .resolve(convention.windowsLeaf());
        }
        if (os.startsWith("mac")) {
            return under(home, convention.macPath());
        }
        String xdg = env.apply(convention.xdgVariable());
        // the XDG spec says a relative value is invalid and must be ignored
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : under(home, convention.xdgDefault());
        return base.resolve(convention.xdgLeaf());
    }

    private static Path under(String home, String relative) {
        return Path.of(home, relative.split("/"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
