package app.leadbrowser.settings;

/**
 * How the user likes the window, kept across restarts in {@link PreferencesStore}: the theme ({@code system},
 * {@code light}, {@code dark}), the table density ({@code comfortable}, {@code compact}), the auto-refresh
 * interval in seconds (0 = off), and the export window's last choices: its format ({@code csv}, {@code jsonl},
 * {@code xlsx}) and whether it writes raw property keys. Values are kept as plain words so that an unknown one (from
 * a newer version) falls back to its default instead of making the whole file unreadable; a missing field gets its
 * default too. To add a preference, add a component, give it a default in the compact constructor and a
 * {@code withX} method.
 */
public record Preferences(
        String theme, String density, int autoRefreshSeconds, String exportFormat, boolean exportRawKeys) {

    public Preferences {
        theme = theme == null ? "system" : theme;
        density = density == null ? "comfortable" : density;
        autoRefreshSeconds = Math.max(0, autoRefreshSeconds);
        exportFormat = exportFormat == null ? "csv" : exportFormat;
    }

    public static Preferences defaults() {
        return new Preferences(null, null, 0, null, false);
    }

    public Preferences withTheme(String value) {
        return new Preferences(value, density, autoRefreshSeconds, exportFormat, exportRawKeys);
    }

    public Preferences withDensity(String value) {
        return new Preferences(theme, value, autoRefreshSeconds, exportFormat, exportRawKeys);
    }

    public Preferences withAutoRefreshSeconds(int value) {
        return new Preferences(theme, density, value, exportFormat, exportRawKeys);
    }

    public Preferences withExportFormat(String value) {
        return new Preferences(theme, density, autoRefreshSeconds, value, exportRawKeys);
    }

    public Preferences withExportRawKeys(boolean value) {
        return new Preferences(theme, density, autoRefreshSeconds, exportFormat, value);
    }
}
