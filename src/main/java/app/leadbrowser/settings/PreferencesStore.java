package app.leadbrowser.settings;

import java.nio.file.Path;
import java.time.Duration;

/** Keeps {@link Preferences} (theme, density, auto-refresh) as {@value #FILE_NAME}, apart from the settings. */
public final class PreferencesStore extends JsonFileStore<Preferences> {
    public static final String FILE_NAME = "preferences.json";

    /** A store for {@code configDir}/{@value #FILE_NAME}; nothing is read until {@link #load()}. */
    public PreferencesStore(Path configDir) {
        this(configDir, DEFAULT_DELAY);
    }

    /** The same, writing {@code delay} after a change (tests use a short one). */
    public PreferencesStore(Path configDir, Duration delay) {
        super(configDir, FILE_NAME, Preferences.class, Preferences::defaults, "Your preferences", delay);
    }
}
