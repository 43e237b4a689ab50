package app.leadbrowser.settings;

/**
 * How the user likes the window, kept across restarts in {@link PreferencesStore}: the theme ({@code system},
 * {@code light}, {@code dark}), the table density ({@code comfortable}, {@code compact}) and the auto-refresh
 * interval in seconds (0 = off). Values are kept as plain words so that an unknown one (from a newer version) falls
 * back to its default instead of making the whole file unreadable; a missing field gets its default too. To add a
 * preference, add a component, give it a default in the compact constructor and a {@code withX} method.
 */
public record Preferences(String theme, String density, int autoRefreshSeconds) {

    public Preferences {
        theme = theme == null ? "system" : theme;
        density = density == null ? "comfortable" : density;
        autoRefreshSeconds = Math.max(0, autoRefreshSeconds);
    }

    public static Preferences defaults() {
        return new Preferences(null, null, 0);
    }

    public Preferences withTheme(String value) {
        return new Preferences(value, density, autoRefreshSeconds);
    }

    public Preferences withDensity(String value) {
        return new Preferences(theme, value, autoRefreshSeconds);
    }

    public Preferences withAutoRefreshSeconds(int value) {
        return new Preferences(theme, density, value);
    }
}
