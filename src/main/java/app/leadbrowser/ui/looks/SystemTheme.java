package app.leadbrowser.ui.looks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads whether the operating system is set to a dark look: GNOME's {@code color-scheme} (or a GTK theme named
 * "…-dark") on Linux, {@code AppsUseLightTheme} in the Windows registry, {@code AppleInterfaceStyle} on macOS. Each
 * OS's answer is read by a pure parser; {@link #read()} runs the commands (off the FX thread, each with a short
 * timeout). Empty when the OS does not say.
 */
public final class SystemTheme {
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final String osName;
    private final CommandRunner commands;

    public SystemTheme(String osName, CommandRunner commands) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.commands = commands;
    }

    /** The reader for this computer. */
    public static SystemTheme ofThisComputer() {
        return new SystemTheme(System.getProperty("os.name"), CommandRunner.processes());
    }

    /** The system's theme, if it can be read. Blocks for up to a few seconds: call it off the FX thread. */
    public Optional<Theme> read() {
        if (osName.startsWith("windows")) {
            return run(
                            "reg",
                            "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v",
                            "AppsUseLightTheme")
                    .flatMap(result -> windows(result.exitCode(), result.output()));
        }
        if (osName.startsWith("mac")) {
            return run("defaults", "read", "-g", "AppleInterfaceStyle")
                    .flatMap(result -> mac(result.exitCode(), result.output()));
        }
        Optional<Theme> scheme = run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                .flatMap(result -> gnomeColorScheme(result.exitCode(), result.output()));
        if (scheme.isPresent()) {
            return scheme;
        }
        return run("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")
                .flatMap(result -> gtkThemeName(result.exitCode(), result.output()));
    }

    private Optional<CommandRunner.Result> run(String... command) {
        return commands.run(List.of(command), TIMEOUT);
    }

    /**
     * {@code gsettings get org.gnome.desktop.interface color-scheme}: {@code 'prefer-dark'} is dark, {@code
     * 'prefer-light'} light; {@code 'default'} says nothing (older GNOME and other desktops keep it there).
     */
    static Optional<Theme> gnomeColorScheme(int exitCode, String output) {
        String value = unquote(output);
        if (exitCode != 0) {
            return Optional.empty();
        }
        if (value.equals("prefer-dark")) {
            return Optional.of(Theme.DARK);
        }
        return value.equals("prefer-light") ? Optional.of(Theme.LIGHT) : Optional.empty();
    }

    /** {@code gsettings get org.gnome.desktop.interface gtk-theme}: a name like {@code 'Adwaita-dark'} is dark. */
    static Optional<Theme> gtkThemeName(int exitCode, String output) {
        String value = unquote(output).toLowerCase(Locale.ROOT);
        if (exitCode != 0 || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value.endsWith("-dark") || value.endsWith(":dark") ? Theme.DARK : Theme.LIGHT);
    }

    /**
     * {@code reg query …\Personalize /v AppsUseLightTheme}: a line {@code AppsUseLightTheme REG_DWORD 0x0} means
     * dark, {@code 0x1} light; a missing value (older Windows) says nothing.
     */
    static Optional<Theme> windows(int exitCode, String output) {
        if (exitCode != 0) {
            return Optional.empty();
        }
        for (String line : output.split("\\R")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && parts[0].equalsIgnoreCase("AppsUseLightTheme")) {
                try {
                    long value = Long.decode(parts[2]);
                    return Optional.of(value == 0 ? Theme.DARK : Theme.LIGHT);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code defaults read -g AppleInterfaceStyle}: prints {@code Dark} in dark mode; in light mode the key does not
     * exist and the command fails ("does not exist"), which is an answer too.
     */
    static Optional<Theme> mac(int exitCode, String output) {
        if (exitCode == 0) {
            return Optional.of(output.trim().equalsIgnoreCase("dark") ? Theme.DARK : Theme.LIGHT);
        }
        return output.contains("does not exist") ? Optional.of(Theme.LIGHT) : Optional.empty();
    }

    private static String unquote(String output) {
        String value = output == null ? "" : output.trim();
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
