package app.leadbrowser.settings;

import java.nio.file.Path;
import java.time.Duration;

/** Keeps {@link AppSettings} (window, workspaces, each workspace's view) as {@value #FILE_NAME}. */
public final class SettingsStore extends JsonFileStore<AppSettings> {
    public static final String FILE_NAME = "settings.json";

    /** A store for {@code configDir}/{@value #FILE_NAME}; nothing is read until {@link #load()}. */
    public SettingsStore(Path configDir) {
        this(configDir, DEFAULT_DELAY);
    }

    SettingsStore(Path configDir, Duration delay) {
        super(configDir, FILE_NAME, AppSettings.class, AppSettings::defaults, "Your settings", delay);
    }
}
